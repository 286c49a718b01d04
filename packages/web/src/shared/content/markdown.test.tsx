// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { renderMarkdown } from './markdown.tsx';

it('renders Markdown and strips whatever could run', () => {
  const html = renderMarkdown(
    '# Title\n\nSome **bold** text and [a link](https://example.org).\n\n<script>alert(1)</script><img src=x onerror="alert(2)">\n\n[bad](javascript:alert(3))',
  );
  expect(html).toContain('<h1>Title</h1>');
  expect(html).toContain('<strong>bold</strong>');
  expect(html).toContain('<a href="https://example.org">a link</a>');
  expect(html).not.toMatch(/<script|onerror|href="javascript:/);
  expect(html).toContain('<img src="x">');
});

it("moves the author's headings under the page's own, down to h6 at most", () => {
  const html = renderMarkdown('# Part\n\n## Detail with *emphasis*\n\n###### Deepest', 3);
  expect(html).toContain('<h3>Part</h3>');
  expect(html).toContain('<h4>Detail with <em>emphasis</em></h4>');
  expect(html).toContain('<h6>Deepest</h6>');
  expect(html).not.toMatch(/<h[12]/);
});
