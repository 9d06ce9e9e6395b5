/**
 * "Copy link" buttons beside section headings: copies the section's full URL
 * and announces "Link to 'The Istanbul list' copied" through a live region,
 * once: the button's name stays "Copy link to section: …" while its visible
 * text says "Copied" for a moment. The # link and the button are named for
 * their section, so a list of links or controls tells them apart. Buttons are
 * not shown without JavaScript (.needs-js); the plain # link still works then. Every word
 * comes from `data-copy-words`, which the page's first section button carries
 * (src/components/H2.astro; not the embed codes' section, whose data-copy-words
 * are its own), in the page's language; {section} and {url} are filled in here.
 */
interface CopyWords {
  name: string;
  link: string;
  copiedTo: string;
  copied: string;
  copyThis: string;
  done: string;
  failed: string;
}
const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, k: string) => vars[k] ?? whole);

const live = document.createElement('div');
live.className = 'visually-hidden';
live.setAttribute('role', 'status');
live.setAttribute('aria-live', 'polite');
document.body.append(live);

const words = document.querySelector<HTMLElement>('button[data-copy-anchor][data-copy-words]')?.dataset.copyWords;
if (words) for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-anchor]')) wire(button, JSON.parse(words) as CopyWords);

function wire(button: HTMLButtonElement, w: CopyWords): void {
  const section = document.getElementById(button.dataset.copyAnchor ?? '')?.textContent?.trim() ?? '';
  const label = button.textContent ?? '';
  if (section) {
    button.setAttribute('aria-label', fill(w.name, { section }));
    button.parentElement?.querySelector('a.section-link')?.setAttribute('aria-label', fill(w.link, { section }));
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
    const message = ok ? (section ? fill(w.copiedTo, { section }) : w.copied) : fill(w.copyThis, { url: url.href });
    live.textContent = '';
    // A fresh text node makes screen readers announce the same message twice in a row.
    requestAnimationFrame(() => (live.textContent = message));
    button.textContent = ok ? w.done : w.failed;
    setTimeout(() => (button.textContent = label), 2000);
  });
}
