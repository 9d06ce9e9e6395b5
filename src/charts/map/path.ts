/** Compact SVG path data for map shapes drawn from d3-geo paths with integer coordinates. */

/**
 * Shortens a d3 path of integer coordinates (digits(0)): relative moves after the first point of each
 * ring, points that rounding made identical dropped, separators only where needed. About 40% fewer bytes.
 */
export function compactPath(d: string | null): string {
  if (!d) return '';
  if (/[^MLZ\d,-]/.test(d)) return d;
  const out: string[] = [];
  let x = 0;
  let y = 0;
  let afterMove = false;
  const num = (v: number, first: boolean) => (v < 0 || first ? `${v}` : `,${v}`);
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      out.push('z');
      continue;
    }
    const [nx, ny] = args!.split(',').map(Number) as [number, number];
    if (cmd === 'M') {
      out.push(`M${nx},${ny}`);
      afterMove = true;
    } else {
      const dx = nx - x;
      const dy = ny - y;
      if (dx === 0 && dy === 0) continue;
      // "l" once after a move; the pairs after it are implicit relative linetos.
      out.push(afterMove ? `l${num(dx, true)}${num(dy, false)}` : `${num(dx, false)}${num(dy, false)}`);
      afterMove = false;
    }
    x = nx;
    y = ny;
  }
  return out.join('');
}
