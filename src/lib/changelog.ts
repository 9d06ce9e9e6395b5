/**
 * Reads the dataset's changelog (content/data/CHANGELOG.md) into releases,
 * so the methodology page can print the corrections log from the same text
 * that documents each release, instead of a second list that could drift.
 * Only the shapes the changelog uses are understood: `## <version> — <date>`
 * headings, `**Section**` lines, and `- ` bullets (with indented
 * continuation lines and sub-bullets folded into their item).
 */

export interface Release {
  version: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** The paragraphs between the heading and the first section: what the release is about, as markdown text. */
  summary: string[];
  /** Bullets under each bold section heading ("Added", "Corrected", ...), in order, as markdown text. */
  sections: Record<string, string[]>;
  /** Plain paragraphs inside a section, outside its bullets ("These had no source other than a copy, …"). */
  sectionNotes: Record<string, string[]>;
}

export function parseChangelog(md: string): Release[] {
  const out: Release[] = [];
  let current: Release | undefined;
  let section: string | undefined;
  for (const line of md.split(/\r?\n/)) {
    const heading = /^##\s+v?(\d+\.\d+\.\d+)\s+[—–-]\s+(\d{4}-\d{2}-\d{2})\s*$/.exec(line);
    if (heading) {
      current = { version: heading[1]!, date: heading[2]!, summary: [], sections: {}, sectionNotes: {} };
      out.push(current);
      section = undefined;
      continue;
    }
    if (!current) continue;
    if (/^#/.test(line)) {
      current = undefined;
      continue;
    }
    const bold = /^\*\*(.+?)\*\*\s*$/.exec(line);
    if (bold) {
      section = bold[1]!.trim();
      current.sections[section] = [];
      continue;
    }
    if (!section) {
      // Before the first section: paragraphs of summary, a blank line between two.
      if (line.trim() === '') current.summary.push('');
      else if (current.summary.length === 0 || current.summary[current.summary.length - 1] === '') current.summary.push(line.trim());
      else current.summary[current.summary.length - 1] += ' ' + line.trim();
      continue;
    }
    const items = current.sections[section]!;
    const bullet = /^- (.*)$/.exec(line);
    if (bullet) items.push(bullet[1]!.trim());
    else if (/^\S/.test(line)) (current.sectionNotes[section] ??= []).push(line.trim());
    else if (/^\s+\S/.test(line) && items.length > 0) items[items.length - 1] += ' ' + line.trim().replace(/^- /, '');
  }
  for (const r of out) r.summary = r.summary.filter((p) => p !== '');
  return out;
}

/** Corrections by release, newest first: the "Corrected" bullets of every release that has any. */
export function correctionsLog(md: string): Array<{ version: string; date: string; items: string[] }> {
  return parseChangelog(md)
    .map((r) => ({ version: r.version, date: r.date, items: r.sections['Corrected'] ?? [] }))
    .filter((r) => r.items.length > 0);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A changelog item as HTML: everything escaped, `code` spans kept as <code>. */
export function inlineHtml(markdown: string): string {
  return markdown
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}
