// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { renderSafeMarkdown } from './markdown.tsx';

afterEach(() => document.head.replaceChildren());

it("renders raw HTML as text, and images only from the service and the page's allowed hosts", () => {
  const meta = document.createElement('meta');
  meta.name = 'learning-paths-image-hosts';
  meta.content = 'https://cdn.example.org https://img.example.net';
  document.head.append(meta);
  const html = renderSafeMarkdown(
    [
      '# Title with **bold**',
      '<style>body{display:none}</style>',
      '<form action="https://evil.example/"><input type=password></form>',
      '![own](/api/v1/images/abc) ![cdn](https://img.example.net/a.png) ![remote](https://evil.example/p.png)',
      '[bad](javascript:alert(3)) <img src=x onerror="alert(2)">',
    ].join('\n\n'),
  );
  const shown = document.createElement('div');
  shown.innerHTML = html;
  expect(shown.querySelectorAll('style, form, input, script, [onerror], [href^="javascript"]')).toHaveLength(
    0,
  );
  expect(html).toContain('<h1>Title with <strong>bold</strong></h1>');
  expect(html).toContain('&lt;style&gt;body{display:none}&lt;/style&gt;');
  expect(html).toContain(`<img src="${window.location.origin}/api/v1/images/abc" alt="own">`);
  expect(html).toContain('<img src="https://img.example.net/a.png" alt="cdn">');
  expect(html).toContain('<a href="https://evil.example/p.png">remote</a>');
});
