/**
 * "Copy link" buttons beside section headings: copies the section's full URL
 * and announces "Link to 'The Istanbul list' copied" through a live region,
 * once: the button's name stays "Copy link to section: …" while its visible
 * text says "Copied" for a moment. The # link and the button are named for
 * their section, so a list of links or controls tells them apart. Buttons are
 * hidden without JavaScript; the plain # link still works then.
 */
const live = document.createElement('div');
live.className = 'visually-hidden';
live.setAttribute('role', 'status');
live.setAttribute('aria-live', 'polite');
document.body.append(live);

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-anchor]')) {
  button.hidden = false;
  const section = document.getElementById(button.dataset.copyAnchor ?? '')?.textContent?.trim() ?? '';
  const label = button.textContent ?? 'Copy link';
  if (section) {
    button.setAttribute('aria-label', `${label} to section: ${section}`);
    button.parentElement?.querySelector('a.section-link')?.setAttribute('aria-label', `Link to section: ${section}`);
  }
  button.addEventListener('click', async () => {
    const url = new URL(location.href);
    url.hash = button.dataset.copyAnchor ?? '';
    let ok = true;
    try {
      await navigator.clipboard.writeText(url.href);
    } catch {
      ok = false;
    }
    const message = ok ? (section ? `Link to “${section}” copied` : 'Link copied') : `Copy this link: ${url.href}`;
    live.textContent = '';
    // A fresh text node makes screen readers announce the same message twice in a row.
    requestAnimationFrame(() => (live.textContent = message));
    button.textContent = ok ? 'Copied' : 'Copy failed';
    setTimeout(() => (button.textContent = label), 2000);
  });
}
