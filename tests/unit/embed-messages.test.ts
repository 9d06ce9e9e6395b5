/** The height and width messages an embed and its host exchange (src/lib/embed-messages.ts). */
import { describe, expect, it } from 'vitest';
import {
  MAX_HEIGHT,
  MIN_HEIGHT,
  ampHeight,
  chartIdFromPath,
  clampHeight,
  datawrapperHeight,
  parsePymWidth,
  pymHeight,
  pymWidth,
  readHeight,
  isWpReady,
  wpHeight,
  wpLink,
  wpSecret,
} from '../../src/lib/embed-messages.ts';

describe('message formats', () => {
  it('pym.js: pymxPYMx<childId>xPYMxheightxPYMx<height>, as pym.Parent parses it', () => {
    const m = pymHeight('taken-returned-share', 612);
    expect(m).toBe('pymxPYMxtaken-returned-sharexPYMxheightxPYMx612');
    // pym.Parent's own regex (pym.v1.js _makeMessageRegex) must match it.
    const re = new RegExp('^pym' + 'xPYMx' + 'taken-returned-share' + 'xPYMx' + '(\\S+)' + 'xPYMx' + '(.*)$');
    expect(m.match(re)?.slice(1), 'pym.Parent would not read this message').toEqual(['height', '612']);
  });

  it('Datawrapper: {"datawrapper-height": {"<chart-id>": <height>}}', () => {
    expect(JSON.stringify(datawrapperHeight('placement-map', 540))).toBe('{"datawrapper-height":{"placement-map":540}}');
  });

  it('AMP: {"sentinel":"amp","type":"embed-size","height":<height>}', () => {
    expect(JSON.stringify(ampHeight(300))).toBe('{"sentinel":"amp","type":"embed-size","height":300}');
  });
});

describe('parsePymWidth', () => {
  it("reads pym's width message for this child only", () => {
    expect(parsePymWidth(pymWidth('a', 640), 'a')).toBe(640);
    expect(parsePymWidth(pymWidth('b', 640), 'a'), 'another child').toBeUndefined();
    expect(parsePymWidth(pymHeight('a', 640), 'a'), 'a height message').toBeUndefined();
    expect(parsePymWidth('pymxPYMxaxPYMxwidthxPYMxwide', 'a'), 'not a number').toBeUndefined();
    expect(parsePymWidth('pymxPYMxaxPYMxwidthxPYMx-5', 'a'), 'negative').toBeUndefined();
    expect(parsePymWidth({ width: 640 }, 'a'), 'an object').toBeUndefined();
  });
});

describe('readHeight (what /embed.js accepts)', () => {
  it('reads all three formats', () => {
    expect(readHeight(pymHeight('x', 480))).toBe(480);
    expect(readHeight(datawrapperHeight('returned-share', 481))).toBe(481);
    expect(readHeight(ampHeight(482))).toBe(482);
  });

  it('rounds fractional heights up, so the content always fits', () => {
    expect(readHeight(ampHeight(480.2))).toBe(481);
  });

  it(`clamps negative, tiny and huge heights to ${MIN_HEIGHT}–${MAX_HEIGHT}`, () => {
    expect(readHeight(ampHeight(-20))).toBe(MIN_HEIGHT);
    expect(readHeight(ampHeight(3))).toBe(MIN_HEIGHT);
    expect(readHeight(datawrapperHeight('a', 1e9))).toBe(MAX_HEIGHT);
    expect(readHeight(pymHeight('a', -100))).toBe(MIN_HEIGHT);
    expect(clampHeight(700)).toBe(700);
  });

  it('ignores anything that is not a height message', () => {
    const junk: unknown[] = [
      undefined,
      null,
      0,
      612,
      '',
      'hello',
      '612',
      'pymxPYMxaxPYMxwidthxPYMx612',
      'pymxPYMxaxPYMxheightxPYMx',
      'pymxPYMxaxPYMxheightxPYMx12px',
      'pymxPYMxaxPYMxheightxPYMx1e400',
      '{"datawrapper-height":{"a":500}}',
      [],
      [500],
      {},
      { height: 500 },
      { 'datawrapper-height': 500 },
      { 'datawrapper-height': null },
      { 'datawrapper-height': {} },
      { 'datawrapper-height': [999] },
      { 'datawrapper-height': { a: '500' } },
      { 'datawrapper-height': { a: NaN } },
      { 'datawrapper-height': { a: Infinity } },
      { sentinel: 'amp', type: 'embed-size' },
      { sentinel: 'amp', type: 'embed-size', height: '500' },
      { sentinel: 'other', type: 'embed-size', height: 500 },
      { sentinel: 'amp', type: 'embed-ready', height: 500 },
    ];
    for (const j of junk) expect(readHeight(j), `accepted ${JSON.stringify(j)}`).toBeUndefined();
  });
});

describe('chartIdFromPath (for the embed 404)', () => {
  it('finds the chart id in latest and pinned embed URLs', () => {
    expect(chartIdFromPath('/embed/returned-share/')).toBe('returned-share');
    expect(chartIdFromPath('/embed/v1.0.0/returned-share/')).toBe('returned-share');
    expect(chartIdFromPath('/embed/no-such-chart')).toBe('no-such-chart');
    expect(chartIdFromPath('/embed/404.html')).toBe('404');
    expect(chartIdFromPath('/embed/%E0%A4%A/'), 'a malformed escape must not throw').toBe('%E0%A4%A');
    expect(chartIdFromPath('/charts/returned-share/')).toBe('');
  });
});

describe("WordPress's embed protocol (wp-embed.js)", () => {
  it('reads the secret WordPress appends to the address, letters and digits only', () => {
    expect(wpSecret('#?secret=Ab3dE6gH9k')).toBe('Ab3dE6gH9k');
    expect(wpSecret('#?foo=1&secret=x1')).toBe('x1');
    expect(wpSecret('')).toBeUndefined();
    expect(wpSecret('#secret=')).toBeUndefined();
    expect(wpSecret('#?secret=ab"cd'), 'WordPress drops secrets with other characters').toBeUndefined();
  });
  it('height and link messages carry the secret', () => {
    expect(wpHeight('s1', 812)).toEqual({ message: 'height', value: 812, secret: 's1' });
    expect(wpLink('s1', 'https://x.example/charts/a/')).toEqual({ message: 'link', value: 'https://x.example/charts/a/', secret: 's1' });
  });
  it("answers only WordPress's ready message with our secret", () => {
    expect(isWpReady({ message: 'ready', secret: 's1' }, 's1')).toBe(true);
    expect(isWpReady({ message: 'ready', secret: 's2' }, 's1')).toBe(false);
    expect(isWpReady({ message: 'height', secret: 's1' }, 's1')).toBe(false);
    expect(isWpReady('ready', 's1')).toBe(false);
    expect(isWpReady(null, 's1')).toBe(false);
  });
});
