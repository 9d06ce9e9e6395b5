/**
 * `npm run data:check -- <path>`: validates a dataset file and says either
 * `ok <version>: N sources, N figures, …` (exit 0) or every problem, one a
 * line, as `<file>: <JSON path>: <what is wrong>` (exit 1). Usage errors exit 2.
 * Never a stack trace: whoever runs this is editing data, not debugging code.
 */
import { resolve } from 'node:path';
import { readDataset } from '../src/data/load.ts';
import { formatProblem } from '../src/data/checks/problem.ts';
import { isLegacyVersion } from '../src/data/legacy-v1.ts';

const USAGE = 'usage: npm run data:check -- <path/to/dataset.json>';

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

function main(argv: readonly string[]): number {
  const args = argv.filter((a) => a !== '--');
  if (args.includes('-h') || args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) {
    console.error(`data-check: unknown option ${unknown} (${USAGE})`);
    return 2;
  }
  if (args.length !== 1) {
    console.error(args.length === 0 ? `data-check: missing argument: the dataset file to check (${USAGE})` : `data-check: expected one file, got ${args.length} (${USAGE})`);
    return 2;
  }
  const file = args[0]!;
  // `npm run` starts scripts in the project root; INIT_CWD is where the user typed
  // the command, so a path relative to their shell still means what they meant.
  const abs = resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
  const result = readDataset(abs, { file });
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    return 1;
  }
  const d = result.data;
  const legacy = isLegacyVersion(d) ? ' (a 1.x release, read with the 1.x schema; status shown as method and producer)' : '';
  console.log(
    `ok ${d.version}${legacy}: ${count(d.sources.length, 'source')}, ${count(d.figures.length, 'figure')}, ` +
      `${count(d.series.length, 'series', 'series')}, ${count(d.events.length, 'event')}, ${count(d.places.length, 'place')}`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`data-check: internal error: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
