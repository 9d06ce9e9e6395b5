/**
 * What WordPress does to an oEmbed provider's HTML before it puts it in a post,
 * rewritten in TypeScript for host pages that stand in for a WordPress post
 * (tests/browser/embed-wordpress.test.ts). WordPress (wp_filter_oembed_result
 * in wp-includes/embed.php, 6.1) keeps only a blockquote with links and the
 * iframe with src, width, height, frameborder, marginwidth, marginheight,
 * scrolling and title; drops everything else (scripts, styles, data
 * attributes, loading); appends `#?secret=<10 characters>` to the frame's
 * address with a matching data-secret on the frame and the blockquote; hides
 * the frame until it reports (it shows the blockquote meanwhile); and
 * sandboxes it with `sandbox="allow-scripts" security="restricted"`. The
 * end-to-end test against a real WordPress (tests/browser/wordpress-e2e.test.ts)
 * checks the real thing.
 */
import { parseHTML } from 'linkedom';

const IFRAME_ATTRS = ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function wordpressRewrite(html: string, secret: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const iframe = document.querySelector('iframe');
  if (!iframe) throw new Error('WordPress keeps an oEmbed only if it has an iframe; this HTML has none');
  const q = document.querySelector('blockquote');
  const quote = q
    ? `<blockquote class="wp-embedded-content" data-secret="${secret}">` +
      [...q.querySelectorAll('a')].map((a) => `<a href="${esc(a.getAttribute('href') ?? '')}">${esc(a.textContent ?? '')}</a>`).join('') +
      '</blockquote>'
    : '';
  const attrs = IFRAME_ATTRS.filter((a) => iframe.hasAttribute(a)).map((a) => {
    const v = iframe.getAttribute(a)!;
    return a === 'src' ? `src="${esc(v)}#?secret=${secret}" data-secret="${secret}"` : `${a}="${esc(v)}"`;
  });
  const hide = quote ? ' style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"' : '';
  return `${quote}<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"${hide} ${attrs.join(' ')}></iframe>`;
}
