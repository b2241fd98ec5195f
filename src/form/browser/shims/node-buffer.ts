/// <reference lib="dom" />
// The browser has no node:buffer; the core needs only its UTF-8 check, which a strict decoder gives.
const strict = new TextDecoder('utf-8', { fatal: true });

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
