/**
 * Figures the dataset links by conflicts_with, gathered into groups (connected components), each group led by the
 * figure with the most links and the rest in as-of order: the methodology's "known conflicts".
 */
import { figure } from '../data/query.ts';
import type { Dataset, Figure } from '../data/schema.ts';

export function conflictGroups(ds: Dataset): Figure[][] {
  const linked = ds.figures.filter((f) => (f.conflicts_with ?? []).length > 0);
  const seen = new Set<string>();
  const groups: Figure[][] = [];
  for (const start of linked) {
    if (seen.has(start.id)) continue;
    const group: Figure[] = [];
    const queue = [start.id];
    while (queue.length) {
      const id = queue.shift()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const f = figure(ds, id);
      group.push(f);
      queue.push(...(f.conflicts_with ?? []), ...linked.filter((g) => g.conflicts_with!.includes(id)).map((g) => g.id));
    }
    const links = (f: Figure) => (f.conflicts_with ?? []).length;
    const lead = group.reduce((a, f) => (links(f) > links(a) ? f : a));
    groups.push([lead, ...group.filter((f) => f !== lead).sort((a, c) => a.as_of.localeCompare(c.as_of))]);
  }
  return groups;
}
