// Markdown an author wrote (a path's description), rendered safely by the engine's renderer: raw
// HTML shows as text, links keep to safe schemes, and images load only from this service's uploads
// or the hosts the page allows. DOMPurify then checks the HTML once more before it reaches the
// page, a second line that does not depend on the first. The stored text is never changed.
import DOMPurify from 'dompurify';
import { renderMarkdown } from '@learning-paths/core';
import { pageImagePolicy } from './image-policy.ts';

export function renderSafeMarkdown(markdown: string, topHeading = 1): string {
  const html = renderMarkdown(markdown, { ...pageImagePolicy(), topHeading });
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
  // The HTML is made safe just above; this is the one place the web apps set HTML.
  return (
    <div className={className} dangerouslySetInnerHTML={{ __html: renderSafeMarkdown(source, topHeading) }} />
  );
}
