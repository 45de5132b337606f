import { sanitizeRichText } from './rich-text';

describe('sanitizeRichText', () => {
  it('keeps ordinary formatting', () => {
    expect(sanitizeRichText('<p>Halo <strong>dunia</strong></p><ul><li>satu</li></ul>')).toBe(
      '<p>Halo <strong>dunia</strong></p><ul><li>satu</li></ul>',
    );
  });

  it('removes scripts, event handlers, styles and javascript: links', () => {
    const out = sanitizeRichText(
      '<p onclick="x()" style="color:red">a</p><script>alert(1)</script><a href="javascript:alert(1)">b</a><img src="http://x/y.png" onerror="z()"><iframe src="https://evil"></iframe>',
    );
    expect(out).not.toMatch(/script|onclick|onerror|style|javascript|iframe|http:\/\/x/);
    expect(out).toContain('<p>a</p>');
  });

  it('makes links open safely in a new tab', () => {
    expect(sanitizeRichText('<a href="https://jdih.go.id">JDIH</a>')).toBe(
      '<a href="https://jdih.go.id" rel="noopener noreferrer" target="_blank">JDIH</a>',
    );
  });
});
