/**
 * Release versions (MAJOR.MINOR.PATCH) in order. Lives apart from load.ts so
 * validation rules that start at a given release can compare versions without
 * importing the file reader.
 */

/** Compare two semantic versions numerically: 1.10.0 comes after 1.9.0 (negative when a is older, 0 when equal). */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
