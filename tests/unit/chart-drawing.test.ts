/**
 * The browser's one loader of chart drawings (src/scripts/chart-drawing.ts), used by the lazy, breakout and
 * scrolling-sequence scripts: an SVG file or nothing, and several all or nothing. fetch is replaced per test.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDrawing, fetchDrawings } from '../../src/scripts/chart-drawing.ts';

const files: Record<string, { status: number; body: string }> = {
  '/uk/charts/a/300.svg': { status: 200, body: '  <svg viewBox="0 0 300 200"></svg>' },
  '/uk/charts/a/640.svg': { status: 200, body: '<svg viewBox="0 0 640 300"></svg>' },
  '/charts/a/404.svg': { status: 404, body: '<svg>not found page</svg>' },
  '/charts/a/html.svg': { status: 200, body: '<!doctype html><p>a host error page</p>' },
};
const calls: string[] = [];
function mockFetch(): void {
  vi.stubGlobal('fetch', async (src: string) => {
    calls.push(src);
    if (src === '/offline.svg') throw new TypeError('Failed to fetch');
    const f = files[src] ?? { status: 404, body: '' };
    return { ok: f.status < 400, text: async () => f.body };
  });
}
afterEach(() => {
  vi.unstubAllGlobals();
  calls.length = 0;
});

describe('fetchDrawing', () => {
  it('returns the SVG from the address it is given (the page writes it in its language)', async () => {
    mockFetch();
    expect(await fetchDrawing('/uk/charts/a/300.svg')).toBe(files['/uk/charts/a/300.svg']!.body);
    expect(calls).toEqual(['/uk/charts/a/300.svg']);
  });
  it('returns null for a missing file, a page that is not an SVG, or no network', async () => {
    mockFetch();
    expect(await fetchDrawing('/charts/a/404.svg')).toBeNull();
    expect(await fetchDrawing('/charts/a/html.svg')).toBeNull();
    expect(await fetchDrawing('/offline.svg')).toBeNull();
  });
});

describe('fetchDrawings', () => {
  it('all by key, or null if any is missing', async () => {
    mockFetch();
    const both = await fetchDrawings([['narrow', '/uk/charts/a/300.svg'], ['wide', '/uk/charts/a/640.svg']] as const);
    expect([...both!.keys()]).toEqual(['narrow', 'wide']);
    expect(both!.get('wide')).toContain('640');
    expect(await fetchDrawings([['narrow', '/uk/charts/a/300.svg'], ['gone', '/charts/a/404.svg']] as const)).toBeNull();
  });
});
