/**
 * Keeps a report readable and cheap when a file is wrong thousands of times
 * over: at most PER_RULE problems of each kind are listed, then one line says
 * how many more of that kind there are. "Kind" is the message with its
 * particulars (quoted text, numbers, dates) taken out, so 35,000 bad dates are
 * one kind however their values differ. And no one message is longer than a
 * screenful: a 500 KB value is quoted by its start and its length.
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

/** The longest quoted value a message repeats in full. */
export const MAX_QUOTED = 160;
/** The longest message, whatever it lists (a long join of ids is not quoted). */
export const MAX_MESSAGE = 1_000;

/**
 * The message with every double-quoted value longer than MAX_QUOTED cut to its
 * start and its length, and the whole cut to MAX_MESSAGE. One pass, no
 * regular expression: the message may hold a megabyte of the user's text.
 */
export function shortenMessage(message: string): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf('"', i);
    if (open < 0) break;
    let close = open + 1;
    while (close < message.length && message[close] !== '"') close += message[close] === '\\' ? 2 : 1;
    if (close >= message.length) break;
    const inner = message.slice(open + 1, close);
    out += message.slice(i, open + 1);
    out += inner.length > MAX_QUOTED ? `${inner.slice(0, MAX_QUOTED).replace(/\\$/, '')}…" (${inner.length.toLocaleString('en-US')} characters)` : `${inner}"`;
    i = close + 1;
  }
  out += message.slice(i);
  if (out.length <= MAX_MESSAGE) return out;
  const left = out.length - MAX_MESSAGE;
  return `${out.slice(0, MAX_MESSAGE - 200)} … (${left.toLocaleString('en-US')} characters left out) … ${out.slice(-200)}`;
}

export function capProblems(problems: readonly Problem[], perRule = PER_RULE): Problem[] {
  const counts = new Map<string, { shown: number; hidden: number; file: string; example: string }>();
  const out: Problem[] = [];
  for (const raw of problems) {
    const p = raw.message.length > MAX_QUOTED ? { ...raw, message: shortenMessage(raw.message) } : raw;
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
