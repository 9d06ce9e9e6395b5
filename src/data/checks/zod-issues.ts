/**
 * Turns zod's issues into problems a person can act on: a JSON path to the
 * exact field and a sentence naming the rule ("unknown field \"valeu\"; did you
 * mean \"value\"?", "expected number, got string \"5\""), instead of zod's
 * generic "Invalid input".
 */
import type { z } from 'zod';
import { Dataset, Event, Figure, Place, Series, SeriesBreak, SeriesPoint, Source } from '../schema.ts';
import { didYouMean } from './near.ts';

type Issue = z.core.$ZodIssue;

export interface IssueHit {
  keys: PropertyKey[];
  message: string;
}

const fieldsOf = (...shapes: object[]): string[] => [...new Set(shapes.flatMap((s) => Object.keys(s)))];

/** The field names allowed at a path, for "did you mean" on an unknown field. */
function fieldsAt(keys: readonly PropertyKey[]): string[] {
  const [top, , sub] = keys;
  if (keys.length === 0) return fieldsOf(Dataset.shape);
  if (top === 'sources') return fieldsOf(Source.shape);
  if (top === 'figures') return fieldsOf(...Figure.options.map((o) => o.shape));
  if (top === 'events') return fieldsOf(Event.shape);
  if (top === 'places') return fieldsOf(Place.shape);
  if (top === 'series' && sub === 'points') return fieldsOf(SeriesPoint.shape);
  if (top === 'series' && sub === 'breaks') return fieldsOf(SeriesBreak.shape);
  if (top === 'series') return fieldsOf(Series.shape);
  return [];
}

/** The value at a path in the raw document, or undefined. */
function at(root: unknown, keys: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function hasKey(root: unknown, keys: readonly PropertyKey[]): boolean {
  const parent = at(root, keys.slice(0, -1));
  const last = keys[keys.length - 1];
  return parent !== null && typeof parent === 'object' && last !== undefined && Object.hasOwn(parent, last);
}

/** "string \"5\"", "null", "array", "object": what was found, briefly. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

function quoted(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : describe(value);
}

/** How many separate problems a union branch would report (each unknown key counts). */
function weight(issues: readonly Issue[]): number {
  return issues.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? i.keys.length : 1), 0);
}

function convert(issue: Issue, prefix: readonly PropertyKey[], root: unknown, out: IssueHit[]): void {
  const keys = [...prefix, ...issue.path];
  const input = at(root, keys);
  switch (issue.code) {
    case 'invalid_union': {
      // No branch matched (a figure is a single value OR a low/high range). Report
      // the branch that came closest, which is almost always the one intended.
      const branches = issue.errors.filter((b) => b.length > 0);
      const best = branches.reduce<readonly Issue[] | undefined>(
        (a, b) => (a === undefined || weight(b) < weight(a) ? b : a),
        undefined,
      );
      if (best) for (const inner of best) convert(inner, keys, root, out);
      else out.push({ keys, message: 'does not match any allowed form' });
      return;
    }
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        out.push({ keys: [...keys, key], message: `unknown field ${JSON.stringify(key)}${didYouMean(key, fieldsAt(keys))}` });
      }
      return;
    case 'invalid_type':
      if (input === undefined && !hasKey(root, keys)) {
        out.push({ keys, message: `missing required field ${JSON.stringify(String(keys[keys.length - 1]))}` });
      } else {
        out.push({ keys, message: `expected ${issue.expected}, got ${describe(input)}` });
      }
      return;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      const hint = typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : '';
      out.push({
        keys,
        message:
          allowed.length === 1
            ? `must be ${allowed[0]}, got ${quoted(input)}${hint}`
            : `expected one of ${allowed.join(', ')}, got ${quoted(input)}${hint}`,
      });
      return;
    }
    case 'invalid_format': {
      const rule = issue.format === 'url' ? 'must be an http(s) URL' : issue.message;
      out.push({ keys, message: `${rule}, got ${quoted(input)}` });
      return;
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) out.push({ keys, message: 'must not be empty' });
      else if (issue.origin === 'array') {
        out.push({ keys, message: `must have at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}` });
      } else out.push({ keys, message: `too small: must be at least ${String(issue.minimum)}` });
      return;
    case 'too_big':
      out.push({ keys, message: `too big: must be at most ${String(issue.maximum)}` });
      return;
    default:
      out.push({ keys, message: issue.message });
  }
}

/** Every zod issue as a located, readable problem; `root` is the raw document, to name what was found. */
export function issueHits(issues: readonly Issue[], root: unknown): IssueHit[] {
  const out: IssueHit[] = [];
  for (const issue of issues) convert(issue, [], root, out);
  return out;
}
