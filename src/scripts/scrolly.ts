/**
 * Drives scrolling sequences: marks the sequence live (sticky chart, spaced
 * steps), and shows the chart state of the step nearest the middle of the
 * screen. Readers who prefer reduced motion get the same swaps, without fades.
 */
for (const section of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
  const steps = [...section.querySelectorAll<HTMLElement>('.scrolly-step')];
  const states = [...section.querySelectorAll<HTMLElement>('.scrolly-state')];
  if (!steps.length || !('IntersectionObserver' in window)) continue;
  section.classList.add('is-live');
  const show = (step: HTMLElement) => {
    for (const s of steps) s.classList.toggle('is-active', s === step);
    const key = step.dataset.show ?? '';
    let found = false;
    for (const st of states) {
      const on = st.dataset.state === key;
      st.hidden = !on;
      found ||= on;
    }
    // An unknown key falls back to the full chart rather than showing nothing.
    if (!found) for (const st of states) st.hidden = st.dataset.state !== '';
    section.dataset.active = key;
  };
  show(steps[0]!);
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) show(e.target as HTMLElement);
    },
    { rootMargin: '-45% 0px -45% 0px' },
  );
  for (const s of steps) io.observe(s);
}
