/*
 * What a plain (unquoted) value is, for the fast reader: the YAML 1.2 core schema's null and
 * true/false, whole numbers written as plain digits, and text. Any other number the core schema
 * reads (1.000, 0x10, +5, 1e3, 12.0, .5, 007, .inf, digits past 15) is not answered: the exact path
 * says something about how such a number was written, so the fast reader leaves the file to it.
 */

function isNullWord(s: string): boolean {
  return s.length <= 4 && (s === '~' || s === 'null' || s === 'Null' || s === 'NULL');
}

function isBoolWord(s: string): boolean {
  return (s.length === 4 || s.length === 5) && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s);
}

/** At most 15 digits: always below 2^53, so the number is the text written. */
function isPlainCount(s: string): boolean {
  return startsLikeNumber(s) && /^(?:0|[1-9][0-9]{0,14})$/.test(s);
}

/** The core schema's other numbers (yaml's int and float tags, all forms). */
const CORE_NUMBER = [
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];

function isOtherNumber(s: string): boolean {
  return startsLikeNumber(s) && CORE_NUMBER.some((re) => re.test(s));
}

/** Every plain value is tried against every kind: most are words, turned away by their first character. */
function startsLikeNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e; // 0-9 + - .
}

/**
 * A plain value as yaml's core schema reads it; undefined (never a YAML value) for a number
 * written in another form, which only the exact path may judge.
 */
export function resolvePlain(s: string): unknown {
  if (isNullWord(s)) return null;
  if (isBoolWord(s)) return s === 'true' || s === 'True' || s === 'TRUE';
  if (isPlainCount(s)) return Number(s);
  if (isOtherNumber(s)) return undefined;
  return s;
}
