/**
 * "Copy link" buttons beside section headings: copies the section's full URL
 * and announces "Link copied" through a live region. Buttons are hidden
 * without JavaScript; the plain # link still works then.
 */
const live = document.createElement('div');
live.className = 'visually-hidden';
live.setAttribute('role', 'status');
live.setAttribute('aria-live', 'polite');
document.body.append(live);

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-anchor]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const url = new URL(location.href);
    url.hash = button.dataset.copyAnchor ?? '';
    let ok = true;
    try {
      await navigator.clipboard.writeText(url.href);
    } catch {
      ok = false;
    }
    const message = ok ? 'Link copied' : `Copy this link: ${url.href}`;
    live.textContent = '';
    // A fresh text node makes screen readers announce the same message twice in a row.
    requestAnimationFrame(() => (live.textContent = message));
    button.textContent = ok ? 'Copied' : 'Copy failed';
    setTimeout(() => (button.textContent = 'Copy link'), 2000);
  });
}
