/**
 * Copy buttons for "Cite this", and the reader's own access date: the page is
 * built once, but a citation should say when the reader accessed it.
 */
import { citations, type CiteInput } from '../lib/cite.ts';

for (const box of document.querySelectorAll<HTMLElement>('.cite-this[data-cite]')) {
  const input = JSON.parse(box.dataset.cite ?? '{}') as Omit<CiteInput, 'accessed'>;
  const today = new Date();
  const accessed = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const c = citations({ ...input, accessed });
  for (const el of box.querySelectorAll<HTMLElement>('[data-style]')) el.textContent = c[el.dataset.style as keyof typeof c];
  const status = box.querySelector<HTMLElement>('[data-cite-status]');
  for (const b of box.querySelectorAll<HTMLButtonElement>('[data-copy-style]')) {
    b.hidden = false;
    const label = b.textContent ?? '';
    // A stable name ("Copy APA 7 citation"): the visible text says "Copied" for a moment, the status says it once.
    b.setAttribute('aria-label', `${label} citation`);
    b.addEventListener('click', async () => {
      const text = box.querySelector<HTMLElement>(`[data-style="${b.dataset.copyStyle}"]`)?.textContent ?? '';
      let ok = true;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        ok = false;
      }
      if (status) status.textContent = ok ? `${label.replace(/^Copy /, '')} citation copied` : 'Copy failed: select the text instead';
      b.textContent = ok ? 'Copied' : 'Copy failed';
      setTimeout(() => (b.textContent = label), 2000);
    });
  }
}
