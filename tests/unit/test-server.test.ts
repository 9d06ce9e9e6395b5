/**
 * The test server (tests/helpers/server.ts) serves the build it is given, with the build's headers, and gzips text
 * when asked: Lighthouse's timings (`npm run lighthouse`) are only comparable with a host's if the bytes are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { serveDist, type StaticServer } from '../helpers/server.ts';

const root = mkdtempSync(join(tmpdir(), 'served-'));
const page = `<!doctype html><title>t</title><p>${'words '.repeat(400)}</p>`;
let plain: StaticServer;
let gzipped: StaticServer;

function get(origin: string, path: string, gzip: boolean): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(origin + path, { headers: gzip ? { 'Accept-Encoding': 'gzip, br' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(join(root, 'a'));
  writeFileSync(join(root, 'a', 'index.html'), page);
  writeFileSync(join(root, '404.html'), '<!doctype html><title>missing</title>');
  writeFileSync(join(root, 'f.woff2'), Buffer.from([0, 1, 2, 3]));
  writeFileSync(join(root, '_headers'), '/*\n  X-Test: yes\n');
  plain = await serveDist({ root });
  gzipped = await serveDist({ root, compress: true });
});
afterAll(async () => {
  await plain.close();
  await gzipped.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the test server', () => {
  it('serves the folder it is given, with its _headers, and its own 404 page', async () => {
    const ok = await get(plain.origin, '/a/', false);
    expect(ok.status).toBe(200);
    expect(ok.body.toString()).toBe(page);
    expect(ok.headers['x-test']).toBe('yes');
    const miss = await get(plain.origin, '/nothing/', false);
    expect(miss.status).toBe(404);
    expect(miss.body.toString()).toContain('missing');
  });

  it('gzips text for a client that accepts it, and only when asked to', async () => {
    const z = await get(gzipped.origin, '/a/', true);
    expect(z.headers['content-encoding']).toBe('gzip');
    expect(z.body.length).toBeLessThan(page.length / 4);
    expect(gunzipSync(z.body).toString()).toBe(page);
    expect((await get(gzipped.origin, '/a/', false)).headers['content-encoding']).toBeUndefined();
    expect((await get(plain.origin, '/a/', true)).headers['content-encoding']).toBeUndefined();
    // Fonts are compressed already.
    expect((await get(gzipped.origin, '/f.woff2', true)).headers['content-encoding']).toBeUndefined();
  });
});
