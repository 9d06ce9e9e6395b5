/**
 * The small markup used in content/teach.json so teaching prose never types a
 * number or a link target by hand: `{{fact:id}}` (also `{{fact:id|unit}}`,
 * `{{fact:id|bare}}`) prints a dataset figure; `{{section:chapter#id}}`,
 * `{{chapter:id}}`, `{{chart:id}}`, `{{term:id}}`, `{{data}}` and
 * `{{table:chapter}}` (that chapter's table of figures on /data/) become links,
 * as does `{{guide:anchor|words}}` (a part of the teacher's guide itself)
 * whose text defaults to the target's own title (`|other words` overrides it).
 * This module only parses; src/components/TeachText.astro resolves and renders,
 * failing the build on an unknown id.
 */
export type TeachPart =
  | { type: 'text'; text: string }
  | { type: 'fact'; id: string; unit: boolean; bare: boolean }
  | { type: 'section'; chapter: string; id: string; label?: string }
  | { type: 'chapter'; id: string; label?: string }
  | { type: 'chart'; id: string; label?: string }
  | { type: 'term'; id: string; label?: string }
  | { type: 'data'; label?: string }
  | { type: 'table'; chapter: string; label?: string }
  | { type: 'guide'; id: string; label: string };

const TOKEN = /\{\{([a-z]+)(?::([^|}]*))?(?:\|([^}]*))?\}\}/g;

export function parseTeachText(text: string): TeachPart[] {
  const parts: TeachPart[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) parts.push({ type: 'text', text: text.slice(last, m.index) });
    last = m.index + m[0].length;
    const [, kind, arg = '', opt] = m;
    const label = opt?.trim() || undefined;
    switch (kind) {
      case 'fact': {
        const flags = (opt ?? '').split(',').map((s) => s.trim());
        parts.push({ type: 'fact', id: arg, unit: flags.includes('unit'), bare: flags.includes('bare') });
        break;
      }
      case 'section': {
        const [chapter, id] = arg.split('#');
        if (!chapter || !id) throw new Error(`teach text: "${m[0]}" must be {{section:<chapter>#<section-id>}}`);
        parts.push({ type: 'section', chapter, id, label });
        break;
      }
      case 'chapter':
      case 'chart':
      case 'term':
        if (!arg) throw new Error(`teach text: "${m[0]}" needs an id`);
        parts.push({ type: kind, id: arg, label });
        break;
      case 'data':
        parts.push({ type: 'data', label });
        break;
      case 'table':
        if (!arg) throw new Error(`teach text: "${m[0]}" must be {{table:<chapter>}}`);
        parts.push({ type: 'table', chapter: arg, label });
        break;
      case 'guide':
        if (!arg || !label) throw new Error(`teach text: "${m[0]}" must be {{guide:<anchor>|<words>}}`);
        parts.push({ type: 'guide', id: arg, label });
        break;
      default:
        throw new Error(`teach text: unknown token "${m[0]}" (known: fact, section, chapter, chart, term, data, table, guide)`);
    }
  }
  if (last < text.length) parts.push({ type: 'text', text: text.slice(last) });
  return parts;
}

/** Every link target a teaching text points to, as a site path (for tests and checks). */
export function teachTextLinks(text: string): string[] {
  return parseTeachText(text).flatMap((p) => {
    switch (p.type) {
      case 'section':
        return [`/chapters/${p.chapter}/#${p.id}`];
      case 'chapter':
        return [`/chapters/${p.id}/`];
      case 'chart':
        return [`/charts/${p.id}/`];
      case 'term':
        return [`/glossary/#${p.id}`];
      case 'data':
        return ['/data/'];
      case 'table':
        return [`/data/#figures-${p.chapter}`];
      case 'guide':
        return [`/teach/#${p.id}`];
      default:
        return [];
    }
  });
}

/** The text as a reader sees it, with figures and links reduced to a placeholder (for word counts and the no-typed-numbers test). */
export function teachPlainText(text: string): string {
  return parseTeachText(text)
    .map((p) => (p.type === 'text' ? p.text : p.type === 'fact' ? ' N ' : ` ${'label' in p && p.label ? p.label : 'LINK'} `))
    .join('');
}
