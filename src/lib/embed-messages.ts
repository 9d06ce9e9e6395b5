/**
 * The messages an embedded chart and its host page exchange, as pure
 * functions shared by the child script in the frame (src/scripts/embed-child.ts),
 * the host script /embed.js (src/scripts/embed-host.ts) and the tests.
 *
 * The child states its height in the three formats hosts already listen for:
 * - pym.js 1.x: the string `pymxPYMx<childId>xPYMxheightxPYMx<height>`;
 * - Datawrapper: `{"datawrapper-height": {"<chart-id>": <height>}}`;
 * - AMP's amp-iframe: `{"sentinel": "amp", "type": "embed-size", "height": <height>}`;
 * - WordPress (wp-embed.js, when the frame's address carries `#?secret=…`):
 *   `{"message": "height", "value": <height>, "secret": <secret>}`.
 * In WordPress's sandboxed frame a link can open nothing by itself, so the
 * child asks the host to open it: `{"message": "link", "value": <url>, "secret": <secret>}`.
 * Kept free of DOM types so it bundles small and runs in Node tests.
 */

/**
 * Heights outside this range are clamped by the host: a frame can be neither hidden nor made endless. The ceiling
 * is above the tallest real embed with every table open at 240 px (events-timeline: 11,500 px with 71 events, and
 * it grows with the data; reliability.md 3.15 found 10,000 hiding its credit line), and
 * tests/browser/embed-tall.test.ts keeps it so.
 */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 30_000;

/** pym.js's field delimiter. */
const PYM = 'xPYMx';

/** Sent by /embed.js to a frame that may have reported its height before the script was listening. */
export const SIZE_REQUEST = 'taken-embed:size';

export function pymHeight(childId: string, height: number): string {
  return `pym${PYM}${childId}${PYM}height${PYM}${height}`;
}

export function pymWidth(childId: string, width: number): string {
  return `pym${PYM}${childId}${PYM}width${PYM}${width}`;
}

export function datawrapperHeight(chartId: string, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [chartId]: height } };
}

export function ampHeight(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** The width in pym's width message for this child, or undefined for any other message. */
export function parsePymWidth(data: unknown, childId: string): number | undefined {
  if (typeof data !== 'string') return undefined;
  const p = data.split(PYM);
  if (p.length !== 4 || p[0] !== 'pym' || p[1] !== childId || p[2] !== 'width') return undefined;
  const w = Number(p[3]);
  return w > 0 && w < Infinity ? w : undefined;
}

export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

/**
 * The height a message states, in any of the three formats, clamped to
 * MIN_HEIGHT..MAX_HEIGHT; undefined for anything else (strings that are not
 * pym height messages, objects without a finite number, null, arrays).
 */
export function readHeight(data: unknown): number | undefined {
  let h: unknown;
  if (typeof data === 'string') {
    const p = data.split(PYM);
    if (p.length === 4 && p[0] === 'pym' && p[2] === 'height' && /^-?\d+(\.\d+)?$/.test(p[3]!)) h = Number(p[3]);
  } else if (data && typeof data === 'object' && !Array.isArray(data)) {
    const d = data as Record<string, unknown>;
    const dw = d['datawrapper-height'];
    // An object keyed by chart id; an array ({"datawrapper-height": [999]}) is not one.
    if (dw && typeof dw === 'object' && !Array.isArray(dw)) {
      for (const k in dw) {
        h = (dw as Record<string, unknown>)[k];
        break;
      }
    } else if (d.sentinel === 'amp' && d.type === 'embed-size') h = d.height;
  }
  return typeof h === 'number' && isFinite(h) ? clampHeight(h) : undefined;
}

/**
 * The chart id an embed URL names (/embed/<id>/ or /embed/v<version>/<id>/),
 * for the Datawrapper message of a page that does not carry one (the embed
 * 404, served at whatever address was asked for); '' when there is none.
 */
export function chartIdFromPath(path: string): string {
  const m = /\/embed\/(?:v\d+\.\d+\.\d+\/)?([^/?#]+)/.exec(path);
  if (!m) return '';
  let id = m[1]!;
  try {
    id = decodeURIComponent(id);
  } catch {
    // a malformed %-escape: keep it as it came
  }
  return id.replace(/\.html$/, '');
}

// ——— WordPress's embed protocol ———
// WordPress (wp-includes/js/wp-embed.js) appends `#?secret=<10 letters or digits>` to an
// embedded post's frame address, marks the frame with data-secret, sends `{message: 'ready',
// secret}` into the frame once it is listening, and reads `{message, value, secret}` back:
// 'height' sets the frame's height (clamped by WordPress to 200–1000 px), 'link' opens a URL
// in the top window if its host is the frame's host. Messages whose secret has anything but
// letters and digits are dropped by WordPress, so we never send one.

/** WordPress's height cap (wp-embed.js): a taller embed is clipped at this height. */
export const WP_MAX_HEIGHT = 1000;

/** The secret WordPress put in the frame's address fragment (`#?secret=abc123`), or undefined. */
export function wpSecret(hash: string): string | undefined {
  const m = /[#?&]secret=([A-Za-z0-9]+)(?:[&#]|$)/.exec(hash);
  return m ? m[1] : undefined;
}

export interface WpMessage {
  message: 'height' | 'link';
  value: number | string;
  secret: string;
}

export function wpHeight(secret: string, height: number): WpMessage {
  return { message: 'height', value: height, secret };
}

export function wpLink(secret: string, url: string): WpMessage {
  return { message: 'link', value: url, secret };
}

/** True for WordPress's `{message: 'ready', secret}` with our frame's secret. */
export function isWpReady(data: unknown, secret: string): boolean {
  return !!data && typeof data === 'object' && (data as Record<string, unknown>).message === 'ready' && (data as Record<string, unknown>).secret === secret;
}
