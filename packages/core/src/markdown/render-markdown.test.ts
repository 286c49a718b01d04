import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';

const policy = { serviceOrigin: 'https://paths.example.org', imageHosts: ['https://cdn.example.org'] };
const render = (markdown: string, topHeading?: number) => renderMarkdown(markdown, { ...policy, topHeading });

describe('renderMarkdown', () => {
  it('renders Markdown: headings under the page, emphasis, links, lists, code', () => {
    const html = render(
      '# Part\n\nSome **bold**, _italic_ and [a link](https://example.org "Ex").\n\n- one\n- two\n\n`<b>`',
      3,
    );
    expect(html).toContain('<h3>Part</h3>');
    expect(html).toContain('<strong>bold</strong>, <em>italic</em>');
    expect(html).toContain('<a href="https://example.org" title="Ex">a link</a>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<code>&lt;b&gt;</code>');
  });

  it("moves the author's headings under the page's own, down to h6 at most", () => {
    const html = render('# Part\n\n## Detail with *emphasis*\n\n###### Deepest', 3);
    expect(html).toContain('<h4>Detail with <em>emphasis</em></h4>');
    expect(html).toContain('<h6>Deepest</h6>');
    expect(html).not.toMatch(/<h[12]/);
  });

  it('shows raw HTML as the text the author typed, blocks and inline tags alike', () => {
    const html = render(
      [
        '<style>body{display:none}</style>',
        '<form action="https://evil.example/"><input type=password></form>',
        'Inline <b>bold</b>, <script>alert(1)</script> and <img src=x onerror="alert(2)">.',
        'After <code> the text <img src=x onerror=alert(3)//',
        '<!-- a comment --> <link rel="stylesheet" href="https://evil.example/x.css">',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<(style|form|input|script|img|b|link|code)[\s>]|<!--/);
    expect(html).toContain('<p>&lt;style&gt;body{display:none}&lt;/style&gt;</p>');
    expect(html).toContain('Inline &lt;b&gt;bold&lt;/b&gt;');
  });

  it('keeps links to http(s), mailto and relative addresses, and drops any other scheme', () => {
    const html = render(
      '[ok](/learn/) [mail](mailto:a@example.org) [js](javascript:alert(1)) [tab](<java\tscript:alert(2)>) [entity](javascript&colon;alert(3)) [data](data:text/html,x) <https://auto.example.org>',
    );
    expect(html).toContain('<a href="/learn/">ok</a>');
    expect(html).toContain('<a href="mailto:a@example.org">mail</a>');
    expect(html).toContain('<a href="https://auto.example.org">https://auto.example.org</a>');
    expect(html).toContain(' js ');
    expect(html).toContain(' tab ');
    expect(html).not.toMatch(/href="(javascript:|java\s|data:)/);
    // An entity stays text in the address: the browser never decodes it into a scheme.
    expect(html).toContain('href="javascript&amp;colon;alert(3)"');
  });

  it("loads images from the service's uploads and allowed hosts only; others become links", () => {
    const html = render(
      [
        '![own](/api/v1/images/abc "Title")',
        '![cdn](https://cdn.example.org/a.png)',
        '![tracker](https://evil.example/pixel.png)',
        '![](https://evil.example/no-alt.png)',
        '![other path](/learn/logo.png)',
        '![inline](data:image/png;base64,AAAA)',
        '![q" onerror="alert(1)](/api/v1/images/quoted)',
      ].join('\n\n'),
    );
    expect(html).toContain('<img src="https://paths.example.org/api/v1/images/abc" alt="own" title="Title">');
    expect(html).toContain('<img src="https://cdn.example.org/a.png" alt="cdn">');
    expect(html).toContain('<a href="https://evil.example/pixel.png">tracker</a>');
    expect(html).toContain('<a href="https://evil.example/no-alt.png">https://evil.example/no-alt.png</a>');
    expect(html).toContain('<a href="/learn/logo.png">other path</a>');
    expect(html).toContain('<p>inline</p>');
    expect(html).toContain('alt="q&quot; onerror=&quot;alert(1)"');
    expect(html.match(/<img /g)).toHaveLength(3);
  });
});
