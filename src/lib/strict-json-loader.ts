/**
 * A content loader for a JSON array of entries (content/glossary.json,
 * content/teach.json) that fails the build on a bad file.
 *
 * Astro's own `file()` loader logs "Error reading data from …" for a file it
 * cannot parse and carries on with the entries it cached in the previous build
 * (.astro/cache/data-store.json, see astro.config.mjs), so a broken file built "successfully"
 * from stale data. This loader throws instead, naming the file, the line and
 * column or the JSON path, and the rule; the collection's zod schema then
 * checks each entry as before.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { scanJson } from '../data/checks/json-syntax.ts';
import { formatProblem, jsonPath } from '../data/checks/problem.ts';
import type { Problem } from '../data/checks/problem.ts';

export interface JsonEntry {
  id: string;
  [key: string]: unknown;
}

/** A content file that cannot be used; the message lists every problem as `<file>: <path>: <rule>`. */
export class ContentFileError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentFileError';
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Content files are small (tens of KB); refuse anything absurd before reading it. */
const MAX_BYTES = 5 * 1024 * 1024;

/** Reads `file` (relative to the working directory) as a JSON array of entries with unique slug ids; throws ContentFileError. */
export function readJsonEntries(file: string): JsonEntry[] {
  const fail = (message: string, path = ''): never => {
    throw new ContentFileError([{ file, path, message }]);
  };
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(process.cwd(), file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'file not found' : `cannot read the file: ${(e as Error).message}`);
  }
  if (bytes.length > MAX_BYTES) fail(`file is ${bytes.length} bytes, over the ${MAX_BYTES}-byte limit for a content file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail('file is not valid UTF-8 text');
  }
  if (text.startsWith('\uFEFF')) fail('file starts with a byte-order mark (BOM); save it as UTF-8 without BOM');
  if (text.trim() === '') fail('file is empty; expected a JSON array of entries');
  const scan = scanJson(text);
  if (scan.error) fail(`invalid JSON at line ${scan.error.line}, column ${scan.error.column}: ${scan.error.message}`);
  const dup = scan.duplicates[0];
  if (dup) fail(`key ${JSON.stringify(String(dup.keys.at(-1)))} appears twice in the same object; JSON keeps only the last`, jsonPath(dup.keys));
  const raw: unknown = JSON.parse(text);
  if (!Array.isArray(raw)) fail(`expected a JSON array of entries, got ${raw === null ? 'null' : typeof raw}`, '$');
  const list = raw as unknown[];
  if (list.length === 0) fail('the array is empty; expected at least one entry', '$');
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ file, path: jsonPath([i]), message: `expected an object, got ${item === null ? 'null' : Array.isArray(item) ? 'array' : typeof item}` });
      return;
    }
    const id = (item as Record<string, unknown>)['id'];
    if (typeof id !== 'string' || !SLUG.test(id)) {
      problems.push({ file, path: jsonPath([i, 'id']), message: `every entry needs an "id" that is a lower-case slug, got ${JSON.stringify(id)}` });
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) problems.push({ file, path: jsonPath([i, 'id']), message: `duplicate id ${JSON.stringify(id)} (first used at ${jsonPath([first])})` });
    else seen.set(id, i);
  });
  if (problems.length > 0) throw new ContentFileError(problems);
  return list as JsonEntry[];
}

/**
 * The loader: every entry goes through the collection's schema; any problem throws, so the build stops.
 * `check` runs first (e.g. a translation checked against its English file) and throws to stop the build;
 * `transform` rewrites each entry before its schema sees it (the Ukrainian apostrophe, src/i18n/apostrophe.ts).
 */
export function strictJsonFile(file: string, check?: () => void, transform?: (entry: JsonEntry) => JsonEntry): Loader {
  return {
    name: 'strict-json-file',
    load: async ({ store, parseData }) => {
      check?.();
      const entries = readJsonEntries(file).map((e) => (transform ? transform(e) : e));
      store.clear();
      for (const entry of entries) {
        let data: Record<string, unknown>;
        try {
          data = await parseData({ id: entry.id, data: entry, filePath: file });
        } catch (e) {
          const i = entries.indexOf(entry);
          throw new ContentFileError([{ file, path: jsonPath([i]), message: `entry ${JSON.stringify(entry.id)} does not match the collection's schema: ${(e as Error).message}` }]);
        }
        store.set({ id: entry.id, data, filePath: file });
      }
    },
  };
}
