/**
 * Copy buttons for "Cite this", and the reader's own access date: the page is
 * built once, but a citation should say when the reader accessed it. The
 * citation's words and language travel in `data-cite`, the buttons' words in
 * `data-cite-words` (src/components/CiteThis.astro).
 *
 * A copy keeps the style's italics (issue 15): the clipboard gets text/html (the title or container in <i>) and
 * text/plain in one ClipboardItem, so a word processor pastes the rich text and a plain field the plain; where
 * ClipboardItem or HTML on the clipboard is not available, the plain text alone (writeText). BibTeX is plain only.
 */
import { citations, citationsHtml, type CiteInput } from '../lib/cite.ts';

/** Writes `plain`, and `html` beside it where the browser allows; throws when neither can be written. */
async function copy(plain: string, html: string | undefined): Promise<void> {
  if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([plain], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse text/html or a multi-type item: fall back to the plain text below.
    }
  }
  await navigator.clipboard.writeText(plain);
}

interface CopyWords {
  name: string;
  copied: string;
  failedMsg: string;
  done: string;
  failed: string;
}
const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, k: string) => vars[k] ?? whole);

function wire(box: HTMLElement): void {
  const input = JSON.parse(box.dataset.cite!) as Omit<CiteInput, 'accessed'>;
  const w = JSON.parse(box.dataset.citeWords!) as CopyWords;
  const today = new Date();
  const accessed = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const c = citations({ ...input, accessed });
  const rich: Partial<Record<string, string>> = citationsHtml({ ...input, accessed });
  // The reader's access date; the rich text (our own, escaped) where a style has italics.
  for (const el of box.querySelectorAll<HTMLElement>('[data-style]')) {
    const style = el.dataset.style as keyof typeof c;
    if (rich[style] !== undefined) el.innerHTML = rich[style]!;
    else el.textContent = c[style];
  }
  const status = box.querySelector<HTMLElement>('[data-cite-status]');
  for (const b of box.querySelectorAll<HTMLButtonElement>('[data-copy-style]')) {
    const label = b.textContent ?? '';
    const style = b.dataset.styleName ?? '';
    // A stable name ("Copy APA 7 citation"): the visible text says "Copied" for a moment, the status says it once.
    b.setAttribute('aria-label', fill(w.name, { style }));
    b.addEventListener('click', async () => {
      const text = box.querySelector<HTMLElement>(`[data-style="${b.dataset.copyStyle}"]`)?.textContent ?? '';
      let ok = true;
      try {
        await copy(text, rich[b.dataset.copyStyle ?? '']);
      } catch {
        ok = false;
      }
      if (status) {
        // Emptied first and refilled on the next frame: a second copy of the same style is announced again, once.
        status.textContent = '';
        requestAnimationFrame(() => (status.textContent = ok ? fill(w.copied, { style }) : w.failedMsg));
      }
      b.textContent = ok ? w.done : w.failed;
      setTimeout(() => (b.textContent = label), 2000);
    });
  }
}

// A box inside a closed disclosure (a chapter's "Cite this page", at the end) is filled in when it is opened: the
// citations are built once, on demand, instead of while the page settles on a phone.
for (const box of document.querySelectorAll<HTMLElement>('.cite-this[data-cite][data-cite-words]')) {
  const fold = box.closest('details');
  if (!fold || fold.open) wire(box);
  else fold.addEventListener('toggle', () => wire(box), { once: true });
}
