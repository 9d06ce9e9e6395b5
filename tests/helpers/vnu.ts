/**
 * Runs the W3C Nu HTML checker (the `vnu-jar` package's vnu.jar, on a Java
 * runtime) over many files in one JVM start, and returns its error messages.
 * The package's own launcher may download a Java runtime, so we call `java`
 * directly: JAVA_HOME, then `java` on PATH. Without one it fails with how to
 * install it (Debian: `apt-get install default-jre-headless`; `.ci/run` does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  extract?: string;
  lastLine?: number;
  firstColumn?: number;
}

export function findJava(): string {
  const home = process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java');
  if (home && existsSync(home)) return home;
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (!probe.error && probe.status === 0) return 'java';
  throw new Error(
    'No Java runtime found for the Nu HTML checker (vnu.jar). Install one: on Debian/Ubuntu ' +
      '`sudo apt-get install -y default-jre-headless` (.ci/run does this), or set JAVA_HOME.',
  );
}

export function vnuJar(): string {
  const pkg = createRequire(import.meta.url).resolve('vnu-jar/package.json');
  const jar = join(dirname(pkg), 'build', 'dist', 'vnu.jar');
  if (!existsSync(jar)) throw new Error(`vnu-jar is installed but ${jar} is missing: run \`npm ci\``);
  return jar;
}

/**
 * The checker's CSS grammar predates container queries, so it reports `@container` and the `container-*`
 * properties (valid CSS, in every current browser) as errors. Only those messages are ignored; any other CSS
 * message, and every HTML message, counts.
 */
const OUTDATED_CSS = [
  /^CSS: Unrecognized at-rule “@container”\.?$/,
  /^CSS: “container(-type|-name)?”: Property “container(-type|-name)?” doesn't exist\.?$/,
];

export function isOutdatedCssGrammar(message: string): boolean {
  return OUTDATED_CSS.some((re) => re.test(message.trim()));
}

/** Every error (and fatal error) the checker reports for `files`, except the outdated CSS grammar above. */
export function checkHtml(files: readonly string[]): VnuMessage[] {
  // One JVM for every file. The checker needs a deep stack (-Xss); C1-only JIT and the serial collector halve its CPU
  // time on a short run like this (measured: 6.8 s instead of 13–16 s of CPU for 65 pages).
  const jvm = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
  const r = spawnSync(findJava(), [...jvm, '-jar', vnuJar(), '--format', 'json', '--errors-only', '--exit-zero-always', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`vnu.jar exited with ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { messages: VnuMessage[] };
  return out.messages.filter((m) => (m.type === 'error' || m.type === 'non-document-error' || m.subType === 'fatal') && !isOutdatedCssGrammar(m.message));
}
