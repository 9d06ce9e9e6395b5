/**
 * The language switch keeps the reader's place: section ids are the same in
 * every language, so the current #hash is carried to the other language's
 * page (only when the switch goes to the same page, not to a front page).
 */
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch="same"]')) {
  a.addEventListener('click', () => {
    const base = a.href.split('#')[0]!;
    a.href = location.hash ? base + location.hash : base;
  });
}
