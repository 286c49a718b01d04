// Markdown an author wrote (a path's description), rendered safely: marked turns it into HTML and
// DOMPurify removes anything active (scripts, event handlers, javascript: links) before it reaches
// the page. The stored text is never changed; only what is shown is cleaned.
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

export function Markdown({ source, className }: { readonly source: string; readonly className?: string }) {
  // The HTML is sanitised just above; this is the one place the web apps set HTML.
  return <div className={className} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
