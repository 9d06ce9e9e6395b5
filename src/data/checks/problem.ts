/**
 * A Problem is one thing wrong with a dataset file, located by a JSON path, so
 * a person fixing the file can jump to it. Validation, loading and the CLI all
 * speak this one shape and print it the same way.
 */

export interface Problem {
  /** The file as the user named it (relative paths stay relative: shorter, and what they typed). */
  file: string;
  /** A JSON path into the document, like `$.figures[12].quote`; '' when the problem is the file itself (missing, empty, not JSON). */
  path: string;
  /** What is wrong and which rule says so. */
  message: string;
}

/** `<file>: <JSON path>: <what is wrong>`, or `<file>: <what is wrong>` for a file-level problem. */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** A JSON path for an array of keys: `['figures', 3, 'quote']` → `$.figures[3].quote`. */
export function jsonPath(keys: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/**
 * An error that carries every problem found, its message listing them one a
 * line (`<file>: <JSON path>: <what is wrong>`). DatasetError and
 * TranslationError are the two kinds callers catch.
 */
export class ProblemsError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}
