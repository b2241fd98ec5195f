/** Characters XML 1.0 cannot hold: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
const UNHOLDABLE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * A text with every character XML 1.0 cannot hold replaced by U+FFFD, the sign for a character that
 * could not be shown. A submission's bytes may hold anything; one such character in a workbook part
 * makes the whole part unreadable, and LibreOffice then drops every text after it.
 */
export function holdableText(s: string): string {
  return s.replace(UNHOLDABLE, '\uFFFD');
}

/** XML text: markup characters escaped, characters XML 1.0 cannot hold replaced (a file's bytes may hold anything). */
export function escapeXml(s: string): string {
  return holdableText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
