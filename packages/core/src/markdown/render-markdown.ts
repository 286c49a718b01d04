// Markdown an author wrote (a path's description) as HTML that is safe to put in a page as is, for
// the web apps and for the Open edX learner app, which sets the description as HTML. Raw HTML in the
// Markdown is never HTML here: it is read as text and shown as typed. Links keep to http(s), mailto
// and relative addresses; images load only from where the image policy allows, else become links.
import { Marked, type Tokens } from 'marked';
import { allowedImageSource, type ImagePolicy } from './image-policy.ts';

export interface MarkdownOptions extends ImagePolicy {
  /**
   * The level an author's `#` becomes, `##` the level below and so on down to h6, so that a
   * description never puts an h1 inside a page's h2 section. 1 when absent.
   */
  readonly topHeading?: number;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML that shows exactly that text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Whether a link may be followed: javascript:, data: and other schemes may not. */
function isSafeLink(address: string): boolean {
  try {
    return LINK_PROTOCOLS.has(new URL(address, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

const titleAttribute = (title: string | null | undefined) => (title ? ` title="${escapeHtml(title)}"` : '');

/** `<a>` around already rendered HTML; the address is escaped as written, never entity-decoded. */
function anchor(address: string, title: string | null | undefined, inner: string): string {
  return `<a href="${escapeHtml(address)}"${titleAttribute(title)}>${inner}</a>`;
}

function parserFor({ topHeading = 1, ...policy }: MarkdownOptions): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    // Without these two, marked passes HTML blocks and tags through untouched (and text after an
    // inline <code> or <script> unescaped): returning nothing lets the paragraph and text rules
    // read them as ordinary text, which is then escaped like any other.
    tokenizer: {
      html: () => undefined,
      tag: () => undefined,
    },
    renderer: {
      heading({ tokens, depth }) {
        const level = Math.min(6, depth + topHeading - 1);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      link({ href, title, tokens }) {
        const inner = this.parser.parseInline(tokens);
        return isSafeLink(href) ? anchor(href, title, inner) : inner;
      },
      image({ href, title, text }: Tokens.Image) {
        const source = allowedImageSource(href, policy);
        if (source === null)
          return isSafeLink(href) ? anchor(href, title, escapeHtml(text || href)) : escapeHtml(text);
        return `<img src="${escapeHtml(source)}" alt="${escapeHtml(text)}"${titleAttribute(title)}>`;
      },
    },
  });
}

export function renderMarkdown(markdown: string, options: MarkdownOptions): string {
  return parserFor(options).parse(markdown, { async: false });
}
