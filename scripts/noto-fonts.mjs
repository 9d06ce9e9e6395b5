// A fontconfig file that makes Noto Sans and Noto Serif the system's sans-serif and serif, for `npm test`'s second
// pass over the font-sensitive browser tests (scripts/test-all.mjs): the suite must pass on a machine with only the
// fonts Chromium brings (DejaVu, Liberation) and equally on one where Noto is installed (issues 11 and 13). The fonts
// come from Debian's fonts-noto-core package, unpacked into node_modules/.cache/noto without installing it, so the
// machine's own fonts stay as they are for the first pass. Prints the fontconfig file's path.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve('node_modules/.cache/noto');
const fonts = `${dir}/root/usr/share/fonts`;
const conf = `${dir}/fonts.conf`;

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
}

if (!existsSync(`${fonts}/truetype/noto/NotoSans-Regular.ttf`)) {
  mkdirSync(dir, { recursive: true });
  try {
    run('apt-get', ['download', '-qq', 'fonts-noto-core']);
  } catch {
    // A fresh machine may have no package lists yet (CI runs as root).
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['download', '-qq', 'fonts-noto-core']);
  }
  const deb = readdirSync(dir).find((f) => /^fonts-noto-core_.*\.deb$/.test(f));
  if (!deb) throw new Error(`apt-get download fonts-noto-core left no .deb in ${dir}`);
  run('dpkg', ['-x', deb, 'root']);
}

writeFileSync(
  conf,
  `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fonts}</dir>
  <cachedir>${dir}/cache</cachedir>
  <alias binding="strong"><family>sans-serif</family><prefer><family>Noto Sans</family></prefer></alias>
  <alias binding="strong"><family>serif</family><prefer><family>Noto Serif</family></prefer></alias>
  <alias binding="strong"><family>system-ui</family><prefer><family>Noto Sans</family></prefer></alias>
</fontconfig>
`,
);
console.log(conf);
