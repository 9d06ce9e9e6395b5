/**
 * Copy buttons for the embed codes on a chart page (EmbedCodes.astro): copies
 * the code shown for the chosen data (latest or pinned) and announces the
 * result. Buttons are not shown without JavaScript (.needs-js); the code can still be selected.
 * Its words come from the section's data-copy-words (the page's language), never from here.
 */
interface CopyWords {
  copy: string;
  copyName: string;
  copied: string;
  selected: string;
  copiedSay: string;
  selectedSay: string;
}
const fill = (template: string, name: string) => template.replace('{name}', name);

for (const section of document.querySelectorAll<HTMLElement>('.embed-codes')) {
  const words = JSON.parse(section.dataset.copyWords ?? 'null') as CopyWords | null;
  if (!words) continue;
  const status = section.querySelector<HTMLElement>('[data-embed-status]');
  const say = (message: string) => {
    if (!status) return;
    status.textContent = '';
    // A fresh text node makes screen readers announce the same message twice in a row.
    requestAnimationFrame(() => (status.textContent = message));
  };
  for (const button of section.querySelectorAll<HTMLButtonElement>('[data-embed-copy]')) {
    // Named for its code ("Copy code: Responsive iframe"), and stable: the visible text changes, the status speaks once.
    const own = button.parentElement?.querySelector('h3')?.textContent?.trim();
    if (own) button.setAttribute('aria-label', fill(words.copyName, own));
    button.addEventListener('click', async () => {
      const variant = section.querySelector<HTMLInputElement>('.embed-choice input:checked')?.value ?? 'latest';
      const pre = button.parentElement?.querySelector<HTMLElement>(`pre[data-variant="${variant}"]`);
      const name = button.parentElement?.querySelector('h3')?.textContent?.trim() ?? '';
      if (!pre) return;
      let ok = true;
      try {
        await navigator.clipboard.writeText(pre.textContent ?? '');
      } catch {
        ok = false;
        // Select it instead, so Ctrl+C / Cmd+C copies it.
        const range = document.createRange();
        range.selectNodeContents(pre);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }
      say(fill(ok ? words.copiedSay : words.selectedSay, name));
      button.textContent = ok ? words.copied : words.selected;
      setTimeout(() => (button.textContent = words.copy), 2000);
    });
  }
}

export {};
