/**
 * Keeps a report readable and cheap when a file is wrong thousands of times
 * over: at most PER_RULE problems of each kind are listed, then one line says
 * how many more of that kind there are. "Kind" is the message with its
 * particulars (quoted text, numbers, dates) taken out, so 35,000 bad dates are
 * one kind however their values differ.
 */
import type { Problem } from './problem.ts';

export const PER_RULE = 20;

/** The rule a message states, without its particulars: `day N does not exist (…)`. */
export function ruleOf(message: string): string {
  return message
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\d+(?:[.,]\d+)*/g, 'N')
    .replace(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g, 'M');
}

export function capProblems(problems: readonly Problem[], perRule = PER_RULE): Problem[] {
  const counts = new Map<string, { shown: number; hidden: number; file: string; example: string }>();
  const out: Problem[] = [];
  for (const p of problems) {
    const rule = ruleOf(p.message);
    const c = counts.get(rule) ?? { shown: 0, hidden: 0, file: p.file, example: p.message };
    counts.set(rule, c);
    if (c.shown < perRule) {
      c.shown++;
      out.push(p);
    } else c.hidden++;
  }
  for (const [rule, c] of counts) {
    if (c.hidden > 0) {
      out.push({ file: c.file, path: '', message: `… and ${c.hidden.toLocaleString('en-US')} more problems of the same kind (${shorten(rule)})` });
    }
  }
  return out;
}

function shorten(rule: string): string {
  return rule.length > 120 ? `${rule.slice(0, 120)}…` : rule;
}
