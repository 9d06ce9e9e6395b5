/**
 * A strict JSON scanner that explains what JSON.parse will not: WHERE a syntax
 * error is (line and column; V8 gives no position for some errors) and what
 * was left open when a file is truncated. It also finds duplicate keys, which
 * JSON.parse accepts silently by keeping the last one: in a dataset that is a
 * value lost without a word.
 *
 * It also refuses nesting deeper than MAX_DEPTH (before anything recursive
 * sees the document, so a file of 200,000 nested arrays gets a message, not a
 * stack overflow), and reports numbers JSON.parse would change silently:
 * 1e400 becomes Infinity, 19546000000000000001 becomes 19546000000000000000.
 *
 * It only checks; JSON.parse still builds the value.
 */

/** Far deeper than a dataset needs (its deepest value is 5 levels down), far shallower than any stack limit. */
export const MAX_DEPTH = 32;

export interface JsonSyntaxError {
  /** 1-based line and column (column in UTF-16 code units, as editors count them for BMP text). */
  line: number;
  column: number;
  message: string;
}

export interface DuplicateKey {
  /** Path to the object holding the key twice, then the key. */
  keys: PropertyKey[];
}

/** A number literal that JSON.parse would not keep as written. */
export interface NumberIssue {
  keys: PropertyKey[];
  message: string;
}

export interface ScanResult {
  error: JsonSyntaxError | null;
  duplicates: DuplicateKey[];
  numbers: NumberIssue[];
}

interface Failure {
  offset: number;
  message: string;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

export function scanJson(text: string): ScanResult {
  const n = text.length;
  const duplicates: DuplicateKey[] = [];
  const numbers: NumberIssue[] = [];
  const path: PropertyKey[] = [];
  let i = 0;

  const where = (offset: number): string => {
    const { line, column } = lineColumn(text, offset);
    return `line ${line}, column ${column}`;
  };
  const show = (at: number): string => (at >= n ? 'end of file' : JSON.stringify(text[at]));
  const fail = (message: string, offset = i): never => {
    throw { offset, message } satisfies Failure;
  };
  const eof = (what: string, open: number): never =>
    fail(`unexpected end of file (truncated?): the ${what} opened at ${where(open)} is not closed`, n);
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };

  /** Scans a string and returns its source text, quotes included (decoded only for keys). */
  const string = (): string => {
    const open = i++;
    while (true) {
      if (i >= n) eof('string', open);
      const c = text[i]!;
      if (c === '"') {
        i++;
        return text.slice(open, i);
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('invalid \\u escape: expected four hex digits');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail(`invalid escape \\${e ?? ''} in string`);
        i += 2;
        continue;
      }
      if (c < ' ') fail(`control character in string${c === '\n' ? ' (a raw line break: write \\n)' : ''}`);
      i++;
    }
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  const value = (): void => {
    ws();
    if (path.length > MAX_DEPTH) {
      fail(`nesting deeper than ${MAX_DEPTH} levels (arrays and objects inside each other); a dataset needs at most 6`);
    }
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return void string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) fail('invalid number');
      i += m![0].length;
      if (/[0-9.eE+-]/.test(text[i] ?? '')) fail('invalid number');
      const literal = m![0];
      const parsed = Number(literal);
      if (!Number.isFinite(parsed)) {
        numbers.push({ keys: [...path], message: `the number ${literal} is too large to store (JSON.parse reads it as ${parsed})` });
      } else if (Number.isInteger(parsed) && !Number.isSafeInteger(parsed) && !/[.eE]/.test(literal)) {
        numbers.push({ keys: [...path], message: `the number ${literal} cannot be stored exactly (JSON.parse reads it as ${BigInt(parsed)}); integers must be at most ${Number.MAX_SAFE_INTEGER}` });
      }
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (i >= n) fail('unexpected end of file (truncated?): expected a value', n);
    const word = /^[A-Za-z_]\w*/.exec(text.slice(i, i + 40))?.[0];
    if (word) fail(`unexpected word ${JSON.stringify(word)}: expected a value (strings need double quotes; the literals are true, false and null)`);
    fail(`unexpected ${show(i)}: expected a value (an object, array, string, number, true, false or null)`);
  };

  const object = (): void => {
    const open = i++;
    const seen = new Set<string>();
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    while (true) {
      ws();
      if (i >= n) eof('object', open);
      if (text[i] !== '"') {
        fail(`expected a double-quoted property name, found ${show(i)}${text[i] === '}' ? ' (a trailing comma before "}"?)' : ''}`);
      }
      const key = JSON.parse(string()) as string;
      if (seen.has(key)) duplicates.push({ keys: [...path, key] });
      seen.add(key);
      ws();
      if (i >= n) eof('object', open);
      if (text[i] !== ':') fail(`expected ":" after the property name ${JSON.stringify(key)}, found ${show(i)}`);
      i++;
      path.push(key);
      value();
      path.pop();
      ws();
      if (i >= n) eof('object', open);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected "," or "}" after the value of ${JSON.stringify(key)}, found ${show(i)} (a missing comma?)`);
    }
  };

  const array = (): void => {
    const open = i++;
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (let index = 0; ; index++) {
      ws();
      if (i >= n) eof('array', open);
      if (text[i] === ']') fail('unexpected "]": a trailing comma before "]"?');
      path.push(index);
      value();
      path.pop();
      ws();
      if (i >= n) eof('array', open);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected "," or "]" after an array item, found ${show(i)} (a missing comma?)`);
    }
  };

  try {
    value();
    ws();
    if (i < n) fail(`unexpected ${show(i)} after the end of the JSON document`);
    return { error: null, duplicates, numbers };
  } catch (e) {
    const f = e as Failure;
    if (typeof f?.offset !== 'number') throw e;
    return { error: { ...lineColumn(text, f.offset), message: f.message }, duplicates, numbers };
  }
}
