import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { parse } from 'yaml';
import { FORBIDDEN_KEYS, isSurelyNfc, nfc } from './to-data.js';

/*
 * js-yaml, set up to read an ordinary submission into exactly the data the exact path's reader
 * (yaml, core schema, then toData) makes of it — or to give up. Plain values resolve as the YAML 1.2
 * core schema does for null and true/false; of the numbers only plain digits become numbers. Any
 * other plain value the core schema reads as a number (1.000, 0x10, +5, 1e3, 12.0, .5, 007, .inf,
 * digits past 2^53) becomes a marked text that makes the fast path give up, because the exact path
 * says something about how it was written. `json: false` makes a key written twice throw.
 */

/** No submission text holds a NUL (the byte check refuses one), so a value starting with it is a mark. */
export const MARK = '\u0000';

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => s.length <= 4 && (s === '~' || s === 'null' || s === 'Null' || s === 'NULL'),
  construct: () => null,
});

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => (s.length === 4 || s.length === 5) && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
  construct: (s: string) => s === 'true' || s === 'True' || s === 'TRUE',
});

/** At most 15 digits: always below 2^53, so the number is the text written. */
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => startsLikeNumber(s) && /^(?:0|[1-9][0-9]{0,14})$/.test(s),
  construct: (s: string) => Number(s),
});

/** Every plain value is tried against every type: most are words, turned away by their first character. */
function startsLikeNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e; // 0-9 + - .
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

const otherNumberType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) => startsLikeNumber(s) && CORE_NUMBER.some((re) => re.test(s)),
  construct: (s: string) => MARK + s,
});

export const STRICT_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, otherNumberType] });

class GiveUp extends Error {}
/** A number written in a form the exact layers must see: the fast path cannot settle the file, positions can. */
class MarkedValue extends Error {}

/**
 * The submission's data, as toData would make it (every text and key in NFC); 'marked' when a value
 * is a number written in another form (1.000, -5…); undefined when anything else is out of the
 * ordinary: a syntax error, a root that is not a mapping, a key that is empty, null, very long,
 * forbidden, or not in NFC.
 */
export function readOrdinaryYaml(text: string): Record<string, unknown> | 'marked' | undefined {
  let loaded: unknown;
  try {
    loaded = load(text, { schema: STRICT_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  try {
    return convertOrdinary(loaded, false, isSurelyNfc(text));
  } catch (error) {
    if (error instanceof MarkedValue) return 'marked';
    throw error;
  }
}

/**
 * js-yaml's result made into toData's data, in place. A marked number gives up, or with
 * `resolveMarks` becomes the number yaml reads (for the exact layers, which also see how it was
 * written). A marked key always gives up.
 */
export function convertOrdinary(loaded: unknown, resolveMarks: boolean, textIsNfc: boolean): Record<string, unknown> | undefined {
  if (!isPlainObject(loaded)) return undefined;
  try {
    return convert(loaded, resolveMarks, textIsNfc) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

/** What yaml (core schema) makes of a plain value written alone: the same as within a document. */
export function yamlValueOf(source: string): unknown {
  return parse(source);
}

/**
 * toData's conversion, in place: the objects js-yaml made are fresh and hold keys in document order.
 * When the whole text is surely NFC (most files), no text needs a look of its own.
 */
function convert(value: unknown, resolveMarks: boolean, textIsNfc: boolean): unknown {
  if (typeof value === 'string') {
    if (value.charCodeAt(0) === 0) {
      if (resolveMarks) return yamlValueOf(value.slice(MARK.length));
      throw new MarkedValue();
    }
    return textIsNfc ? value : nfc(value);
  }
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = convert(value[i], resolveMarks, textIsNfc);
    return value;
  }
  if (!isPlainObject(value)) throw new GiveUp();
  for (const key of Object.keys(value)) {
    // yaml reads an empty or null key as "", js-yaml as "null"; long keys are an error to yaml; a
    // key in another normal form may equal another once normalised, which the exact path reports.
    if (key === '' || key === 'null' || key.length > 1000 || key.includes(MARK) || FORBIDDEN_KEYS.has(key) || (!textIsNfc && nfc(key) !== key)) throw new GiveUp();
    value[key] = convert(value[key], resolveMarks, textIsNfc);
  }
  return value;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}
