import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { parse } from '../yaml-lazy.js';
import { boolOf, isBoolWord, isNullWord, isOtherNumber, isPlainCount, MARK } from './plain-scalar.js';
import { FORBIDDEN_KEYS, isSurelyNfc, nfc } from './to-data.js';

/*
 * js-yaml, set up to read an ordinary submission into exactly the data the exact path's reader
 * (yaml, core schema, then toData) makes of it — or to give up. Plain values resolve as
 * plain-scalar.ts says; `json: false` makes a key written twice throw.
 */

export { MARK };

const nullType = new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: isNullWord, construct: () => null });
const boolType = new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: isBoolWord, construct: boolOf });
const intType = new Type('tag:yaml.org,2002:int', { kind: 'scalar', resolve: isPlainCount, construct: (s: string) => Number(s) });
const otherNumberType = new Type('tag:yaml.org,2002:float', { kind: 'scalar', resolve: isOtherNumber, construct: (s: string) => MARK + s });

export const STRICT_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, otherNumberType] });

class GiveUp extends Error {}
/** A number written in a form the exact layers must see: the fast path cannot settle the file, positions can. */
class MarkedValue extends Error {}

/**
 * The submission's data read with js-yaml, as toData would make it (every text and key in NFC);
 * 'marked' when a value is a number written in another form (1.000, -5…); undefined when anything
 * else is out of the ordinary: a syntax error, a root that is not a mapping, a key that is empty,
 * null, very long, forbidden, or not in NFC. For text the byte check passed.
 */
export function readWithJsYaml(text: string): Record<string, unknown> | 'marked' | undefined {
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
