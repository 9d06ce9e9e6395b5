/**
 * A real WordPress for the end-to-end embed test, on 127.0.0.1 only: Debian's
 * `wordpress` package (WordPress itself, unmodified, in /usr/share/wordpress),
 * MariaDB in a temporary data directory (a root-owned process, no network, a
 * socket in the temp dir) and PHP's built-in web server with a small router.
 * Everything is started here and stopped by stop(): the processes by their
 * ids, the temp dir and the one config file Debian's wp-config.php reads
 * (/etc/wordpress/config-<name>.php) removed.
 *
 * The one change to WordPress's behaviour is a must-use plugin that adds the
 * chart site's port to `http_allowed_safe_ports`: WordPress's HTTP API refuses
 * ports other than 80, 443 and 8080 (and its own) for oEmbed discovery, and a
 * test server cannot listen on 80. The chart site runs on the same host,
 * 127.0.0.1, as WordPress, so WordPress's private-address check
 * (wp_http_validate_url, `http_request_host_is_external`) passes without
 * help: it exempts the site's own host. A production chart site on https:443
 * needs neither.
 *
 * Missing packages throw with the apt-get line to run (.ci/run installs
 * them); the test never skips.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { get } from 'node:http';

/** GET over node:http (status and body), for WordPress's pages: no fetch, whose pooled sockets outlive a stopped PHP server. */
export function httpGet(url: string, timeoutMs = 120_000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent: false, headers: { connection: 'close' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${url}: no answer in ${timeoutMs / 1000}s`)));
    req.on('error', reject);
  });
}

export const WP_ROOT = '/usr/share/wordpress';
export const WP_EMBED_JS = `${WP_ROOT}/wp-includes/js/wp-embed.js`;
const THEME = `${WP_ROOT}/wp-content/themes/twentytwentythree`;
export const WP_PACKAGES = 'wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server';

/** Throws, naming what to install, unless WordPress, its default theme, PHP and MariaDB are all here. */
export function requireWordPress(): void {
  const need: Array<[string, string]> = [
    [`${WP_ROOT}/wp-settings.php`, 'wordpress'],
    [WP_EMBED_JS, 'wordpress'],
    [THEME, 'wordpress-theme-twentytwentythree'],
    ['/usr/bin/php', 'php-cli'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    ['/usr/bin/mariadb-install-db', 'mariadb-server'],
  ];
  const missing = need.filter(([f]) => !existsSync(f));
  if (missing.length) {
    throw new Error(
      `The WordPress embed tests need Debian's ${[...new Set(missing.map(([, p]) => p))].join(', ')} (missing: ${missing.map(([f]) => f).join(', ')}). ` +
        `Install them: apt-get install -y --no-install-recommends ${WP_PACKAGES} (.ci/run does this when they are missing).`,
    );
  }
  const mysqli = spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']);
  if (mysqli.status !== 0) throw new Error('PHP has no mysqli extension: apt-get install -y php-mysql');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(what: string, ok: () => boolean | Promise<boolean>, ms: number, log: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${what} did not come up within ${ms / 1000}s.\n${log()}`);
}

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export interface WordPress {
  url: string;
  /** Runs PHP with WordPress loaded (as `$user` when given, so kses filters exactly as for that user's saves); returns stdout. */
  php(code: string, user?: string): string;
  stop(): Promise<void>;
}

/** Starts MariaDB and WordPress, installs a site with an administrator and an author, and allows `allowPort` for oEmbed. */
export async function startWordPress(allowPort: number): Promise<WordPress> {
  requireWordPress();
  const dir = mkdtempSync(join(tmpdir(), 'taken-wp-'));
  const name = `takenembedtest${process.pid}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const sock = join(dir, 'mysqld.sock');
  const procs: ChildProcess[] = [];
  const logs = { db: '', php: '' };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // Each server runs in its own process group (PHP's built-in server forks its workers): stop the group by its id.
    const signal = (p: ChildProcess, sig: NodeJS.Signals) => {
      try {
        process.kill(-p.pid!, sig);
      } catch {
        // already gone
      }
    };
    for (const p of procs.reverse()) {
      if (p.exitCode !== null || p.signalCode !== null) {
        signal(p, 'SIGTERM'); // a worker may outlive its parent
        continue;
      }
      const exited = new Promise((r) => p.once('exit', r));
      signal(p, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (p.exitCode === null && p.signalCode === null) signal(p, 'SIGKILL');
    }
    rmSync(configFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB: a fresh data directory, socket only.
    const init = spawnSync('mariadb-install-db', ['--no-defaults', '--user=root', `--datadir=${join(dir, 'db')}`, '--auth-root-authentication-method=normal', '--skip-test-db'], {
      encoding: 'utf8',
    });
    if (init.status !== 0) throw new Error(`mariadb-install-db failed:\n${init.stdout}\n${init.stderr}`);
    const db = spawn(
      '/usr/sbin/mariadbd',
      ['--no-defaults', '--user=root', `--datadir=${join(dir, 'db')}`, `--socket=${sock}`, '--skip-networking', `--pid-file=${join(dir, 'db.pid')}`, '--innodb-buffer-pool-size=32M'],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    procs.push(db);
    db.stdout!.on('data', (d) => (logs.db += d));
    db.stderr!.on('data', (d) => (logs.db += d));
    await waitFor('MariaDB', () => existsSync(sock) && spawnSync('mariadb', ['--no-defaults', '-S', sock, '-uroot', '-e', 'SELECT 1']).status === 0, 60_000, () => logs.db);
    const mk = spawnSync('mariadb', ['--no-defaults', '-S', sock, '-uroot', '-e', 'CREATE DATABASE wp CHARACTER SET utf8mb4'], { encoding: 'utf8' });
    if (mk.status !== 0) throw new Error(`could not create the database: ${mk.stderr}`);

    // WordPress: Debian's wp-config.php reads /etc/wordpress/config-<WORDPRESS_CONFIG>.php.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const mu = join(dir, 'mu-plugins');
    mkdirSync(mu);
    mkdirSync('/etc/wordpress', { recursive: true });
    writeFileSync(
      configFile,
      `<?php
// Written by tests/helpers/wordpress.ts for one test run; removed when it stops.
define('DB_NAME', 'wp');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${q('localhost:' + sock)});
define('WP_HOME', ${q(url)});
define('WP_SITEURL', ${q(url)});
define('WP_CONTENT_DIR', ${q(WP_ROOT + '/wp-content')});
define('WPMU_PLUGIN_DIR', ${q(mu)});
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// No request leaves this machine: WordPress may reach only its own host.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${q(join(dir, 'debug.log'))});
$table_prefix = 'wp_';
`,
    );
    writeFileSync(
      join(mu, 'taken-test-port.php'),
      `<?php
/* Test only: let oEmbed discovery reach the chart site's port on 127.0.0.1 (see tests/helpers/wordpress.ts). */
add_filter('http_allowed_safe_ports', function ($ports) { $ports[] = ${allowPort}; return $ports; });
`,
    );
    const router = join(dir, 'router.php');
    writeFileSync(
      router,
      `<?php
// PHP's built-in server: static files as they are, everything else through WordPress's index.php.
$_SERVER['WORDPRESS_CONFIG'] = ${q(name)};
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = realpath(${q(WP_ROOT)} . $path);
if ($file && is_file($file) && substr($file, -4) !== '.php') return false;
if ($file && is_file($file)) { chdir(dirname($file)); require $file; return true; }
chdir(${q(WP_ROOT)});
require ${q(WP_ROOT + '/index.php')};
`,
    );
    const php = (code: string, user?: string) => {
      const script = `<?php
$_SERVER['WORDPRESS_CONFIG'] = ${q(name)};
$_SERVER['HTTP_HOST'] = ${q(`127.0.0.1:${port}`)};
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', !is_file(${q(join(dir, 'installed'))}));
require ${q(WP_ROOT + '/wp-load.php')};
${user ? `wp_set_current_user(get_user_by('login', ${q(user)})->ID);` : ''}
${code}
`;
      const r = spawnSync('php', ['-d', 'display_errors=stderr', '-r', script.replace(/^<\?php/, '')], { encoding: 'utf8', cwd: WP_ROOT });
      if (r.status !== 0) throw new Error(`PHP failed (exit ${r.status}):\n${r.stderr}\n${r.stdout}`);
      return r.stdout;
    };
    php(`require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$r = wp_install('Newsroom embed test', 'admin', 'admin@example.invalid', false, '', 'test-password-admin');
if (empty($r['user_id'])) { fwrite(STDERR, 'wp_install failed'); exit(1); }
$a = wp_insert_user(['user_login' => 'author1', 'user_pass' => 'test-password-author', 'user_email' => 'author@example.invalid', 'role' => 'author']);
if (is_wp_error($a)) { fwrite(STDERR, $a->get_error_message()); exit(1); }
echo get_option('template');`);
    writeFileSync(join(dir, 'installed'), '');
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', WP_ROOT, router], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      cwd: WP_ROOT,
      detached: true,
    });
    procs.push(server);
    server.stdout!.on('data', (d) => (logs.php += d));
    server.stderr!.on('data', (d) => (logs.php = (logs.php + d).slice(-20_000)));
    await waitFor(
      'WordPress on PHP’s built-in server',
      async () => {
        try {
          return (await httpGet(url + '/', 10_000)).status === 200;
        } catch {
          return false;
        }
      },
      30_000,
      () => logs.php,
    );
    return { url, php, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
