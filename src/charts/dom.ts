/** A server-side DOM for Observable Plot and d3-selection at build time and in tests (linkedom: small and fast). */
import { parseHTML } from 'linkedom';

export function createDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

/** Escapes text for SVG/HTML markup built as strings. */
export function esc(s: string | number): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
