// Shared by the data tests: the good fixture, a pinned "today", and the CLI runner.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const GOOD_PATH = resolve(ROOT, 'tests/fixtures/dataset-good.json');
/** Pinned so the "not in the future" rules do not depend on the day the tests run. */
export const TODAY = '2026-11-22';

/**
 * A fresh copy of the good fixture to break. Typed loosely on purpose: the
 * bad cases put wrong types and unknown fields where the schema forbids them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;
const text = readFileSync(GOOD_PATH, 'utf8');
export function good(): Loose {
  return JSON.parse(text);
}
export const goodText = text;

/** Runs a script under the node that runs vitest (node 24, which strips types), never a stack trace expected. */
export function runScript(script: string, args: string[], cwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [resolve(ROOT, script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`, INIT_CWD: cwd },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
