/**
 * Copy buttons for the embed codes on a chart page (EmbedCodes.astro): copies
 * the code shown for the chosen data (latest or pinned) and announces the
 * result. Buttons are hidden without JavaScript; the code can still be selected.
 */
for (const section of document.querySelectorAll<HTMLElement>('.embed-codes')) {
  const status = section.querySelector<HTMLElement>('[data-embed-status]');
  const say = (message: string) => {
    if (!status) return;
    status.textContent = '';
    // A fresh text node makes screen readers announce the same message twice in a row.
    requestAnimationFrame(() => (status.textContent = message));
  };
  for (const button of section.querySelectorAll<HTMLButtonElement>('[data-embed-copy]')) {
    button.hidden = false;
    // Named for its code ("Copy code: Responsive iframe"), and stable: the visible text changes, the status speaks once.
    const own = button.parentElement?.querySelector('h3')?.textContent?.trim();
    if (own) button.setAttribute('aria-label', `Copy code: ${own}`);
    button.addEventListener('click', async () => {
      const variant = section.querySelector<HTMLInputElement>('.embed-choice input:checked')?.value ?? 'latest';
      const pre = button.parentElement?.querySelector<HTMLElement>(`pre[data-variant="${variant}"]`);
      const name = button.parentElement?.querySelector('h3')?.textContent ?? 'Embed';
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
      say(ok ? `${name} code copied` : `${name} code selected: press Ctrl+C or Cmd+C to copy`);
      button.textContent = ok ? 'Copied' : 'Selected';
      setTimeout(() => (button.textContent = 'Copy code'), 2000);
    });
  }
}
