/**
 * /embed.js (src/scripts/embed-host.ts, bundled as the build serves it) in a
 * fake host: a linkedom document with our iframes, fake frame windows and
 * fake message events. It must size only its own frames, only from their
 * origin, ignore malformed data, clamp heights, never throw, and survive
 * being loaded twice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { bundleScript } from '../../src/lib/bundle.ts';
import { SIZE_REQUEST, ampHeight, datawrapperHeight, pymHeight } from '../../src/lib/embed-messages.ts';

let code: string;
beforeAll(async () => {
  code = await bundleScript('src/scripts/embed-host.ts');
});

const ORIGIN = 'https://charts.example';

interface FakeFrame {
  el: HTMLIFrameElement;
  win: { postMessage: (m: unknown, origin: string) => void; sent: Array<[unknown, string]> };
}

function host(loads = 1) {
  const { document } = parseHTML(
    `<!doctype html><html><body>
      <iframe id="ours" data-taken-embed src="${ORIGIN}/embed/returned-share/"></iframe>
      <iframe id="ours2" data-taken-embed src="${ORIGIN}/embed/v1.0.0/placement-map/"></iframe>
      <iframe id="theirs" src="https://ads.example/frame"></iframe>
    </body></html>`,
  );
  const frames: Record<string, FakeFrame> = {};
  for (const el of document.querySelectorAll('iframe')) {
    const sent: Array<[unknown, string]> = [];
    const win = { sent, postMessage: (m: unknown, o: string) => void sent.push([m, o]) };
    Object.defineProperty(el, 'contentWindow', { value: win });
    frames[el.id] = { el: el as unknown as HTMLIFrameElement, win };
  }
  const listeners: Array<(e: unknown) => void> = [];
  const window: Record<string, unknown> = {
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      if (type === 'message') listeners.push(fn);
    },
  };
  for (let i = 0; i < loads; i++) runInNewContext(code, { window, document, URL });
  const post = (data: unknown, source: unknown, origin = ORIGIN) => {
    for (const fn of listeners) fn({ data, source, origin });
  };
  const height = (id: string) => frames[id]!.el.style.height;
  return { frames, listeners, post, height, window };
}

describe('/embed.js', () => {
  it(`is tiny: ≤ 1.5 KB gzipped (${'measured below'})`, () => {
    const gz = gzipSync(code, { level: 9 }).length;
    expect(gz, `embed.js is ${gz} B gzipped`).toBeLessThanOrEqual(1500);
  });

  it('sets the height of our iframe from each of the three formats', () => {
    const h = host();
    const src = h.frames.ours!.win;
    h.post(pymHeight('taken-returned-share', 501), src);
    expect(h.height('ours')).toBe('501px');
    h.post(datawrapperHeight('returned-share', 502), src);
    expect(h.height('ours')).toBe('502px');
    h.post(ampHeight(503), src);
    expect(h.height('ours')).toBe('503px');
    expect(h.height('ours2'), 'another frame must not change').toBe('');
  });

  it('sizes the frame the message came from, not the first one', () => {
    const h = host();
    h.post(ampHeight(640), h.frames.ours2!.win);
    expect(h.height('ours2')).toBe('640px');
    expect(h.height('ours')).toBe('');
  });

  it('ignores a message from a foreign origin, even from our frame', () => {
    const h = host();
    h.post(ampHeight(400), h.frames.ours!.win, 'https://evil.example');
    h.post(ampHeight(400), h.frames.ours!.win, 'null');
    h.post(ampHeight(400), h.frames.ours!.win, 'http://charts.example'); // same host, other scheme
    expect(h.height('ours')).toBe('');
  });

  it('ignores a message from a window that is not one of our iframes', () => {
    const h = host();
    h.post(ampHeight(400), h.frames.theirs!.win, 'https://ads.example');
    h.post(ampHeight(400), h.frames.theirs!.win, ORIGIN);
    h.post(ampHeight(400), { postMessage() {} });
    h.post(ampHeight(400), null);
    expect(h.height('ours')).toBe('');
    expect(h.frames.theirs!.el.style.height).toBe('');
  });

  it('ignores malformed data without throwing', () => {
    const h = host();
    const src = h.frames.ours!.win;
    const junk: unknown[] = [undefined, null, 42, 'hello', 'pymxPYMxaxPYMxheightxPYMxtall', [], {}, { height: 300 }, { 'datawrapper-height': null }, { 'datawrapper-height': { a: 'x' } }, Symbol('s')];
    for (const j of junk) expect(() => h.post(j, src), `threw on ${String(j)}`).not.toThrow();
    expect(h.height('ours')).toBe('');
    // An event object a broken host might synthesise.
    for (const fn of h.listeners) expect(() => fn(undefined)).not.toThrow();
    for (const fn of h.listeners) expect(() => fn({})).not.toThrow();
  });

  it('clamps negative and huge heights to 50–30000', () => {
    const h = host();
    const src = h.frames.ours!.win;
    h.post(ampHeight(-300), src);
    expect(h.height('ours')).toBe('50px');
    h.post(datawrapperHeight('x', 99_999_999), src);
    expect(h.height('ours')).toBe('30000px');
  });

  it('asks each of our frames for its height, at its own origin, when it starts', () => {
    const h = host();
    expect(h.frames.ours!.win.sent).toEqual([[SIZE_REQUEST, ORIGIN]]);
    expect(h.frames.ours2!.win.sent).toEqual([[SIZE_REQUEST, ORIGIN]]);
    expect(h.frames.theirs!.win.sent, 'must not message frames that are not ours').toEqual([]);
  });

  it('asks a lazy frame that is still about:blank only once it has loaded (no message to the wrong origin)', () => {
    const { document, Event: LinkedomEvent } = parseHTML(`<!doctype html><html><body><iframe data-taken-embed loading="lazy" src="${ORIGIN}/embed/a/"></iframe></body></html>`);
    const el = document.querySelector('iframe')!;
    const sent: unknown[] = [];
    const win: { location: { href: string }; postMessage: (m: unknown) => void } = { location: { href: 'about:blank' }, postMessage: (m) => void sent.push(m) };
    Object.defineProperty(el, 'contentWindow', { value: win });
    runInNewContext(code, { window: { addEventListener() {} }, document, URL });
    expect(sent, 'asked before the frame loaded').toEqual([]);
    // Loaded: the chart's window is cross-origin, so reading its location throws.
    Object.defineProperty(win, 'location', { get: () => { throw new Error('cross-origin'); } });
    el.dispatchEvent(new LinkedomEvent('load'));
    expect(sent).toEqual([SIZE_REQUEST]);
  });

  it("hides the blockquote fallback of our oEmbed HTML once the frame reports", () => {
    const { document } = parseHTML(
      `<!doctype html><html><body><blockquote class="wp-embedded-content"><a href="${ORIGIN}/charts/a/">A</a></blockquote><iframe data-taken-embed src="${ORIGIN}/embed/a/"></iframe></body></html>`,
    );
    const el = document.querySelector('iframe')!;
    const win = { postMessage() {} };
    Object.defineProperty(el, 'contentWindow', { value: win });
    const listeners: Array<(e: unknown) => void> = [];
    runInNewContext(code, { window: { addEventListener: (t: string, fn: (e: unknown) => void) => t === 'message' && listeners.push(fn) }, document, URL });
    const q = document.querySelector('blockquote') as unknown as HTMLElement;
    expect(q.style.display).toBe('');
    for (const fn of listeners) fn({ data: ampHeight(420), source: win, origin: ORIGIN });
    expect(el.style.height).toBe('420px');
    expect(q.style.display).toBe('none');
  });

  it('loaded twice, listens once (a global guard)', () => {
    const h = host(2);
    expect(h.listeners.length).toBe(1);
    expect(h.window.__takenEmbed).toBeTruthy();
    expect(h.frames.ours!.win.sent.length, 'asked once, not twice').toBe(1);
  });

  it('does not throw in a host without URL support or with a broken document', () => {
    expect(() => runInNewContext(code, { window: { addEventListener() {} }, document: {}, URL })).not.toThrow();
    expect(() => runInNewContext(code, { window: {}, document: null, URL: undefined })).not.toThrow();
  });
});
