// Markdown an author wrote (a path's description), rendered safely: marked turns it into HTML and
// DOMPurify removes anything active (scripts, event handlers, javascript: links) before it reaches
// the page. The stored text is never changed; only what is shown is cleaned.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/** One parser per level an author's `#` becomes, made on first use. */
const parsers = new Map<number, Marked>();

/**
 * Headings keep the page's outline: an author's `#` becomes `topHeading`, `##` the level below,
 * and so on down to h6, so a description never puts an h1 inside a page's h2 section.
 */
function parserFor(topHeading: number): Marked {
  let parser = parsers.get(topHeading);
  if (!parser) {
    parser = new Marked({
      gfm: true,
      breaks: false,
      renderer: {
        heading({ tokens, depth }) {
          const level = Math.min(6, depth + topHeading - 1);
          return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
        },
      },
    });
    parsers.set(topHeading, parser);
  }
  return parser;
}

export function renderMarkdown(markdown: string, topHeading = 1): string {
  const html = parserFor(topHeading).parse(markdown, { async: false });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

export function Markdown({
  source,
  className,
  topHeading = 3,
}: {
  readonly source: string;
  readonly className?: string;
  /** The level of the author's top headings: below the h2 of the sections that show descriptions. */
  readonly topHeading?: number;
}) {
  // The HTML is sanitised just above; this is the one place the web apps set HTML.
  return (
    <div className={className} dangerouslySetInnerHTML={{ __html: renderMarkdown(source, topHeading) }} />
  );
}
