/*
 * Writing YAML text by hand: the generator needs control over layout (flow and block maps, comments,
 * the exact line a mistake sits on), and templating is far faster than a YAML serialiser for tens of
 * thousands of files. Every scalar goes through `scalar`, which quotes whenever a plain scalar could
 * be read as something else — by the yaml package (YAML 1.2) or by js-yaml 3 (YAML 1.1, in ajv-cli).
 */

const plainUnsafe = /^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|:$|\s$|^(?:true|false|yes|no|on|off|null|y|n|~)$/i;
// Numbers, base-60 numbers and dates in either YAML version; "394-KH/BDVQU" is none of these and stays plain.
const typedLike =
  /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+|0x[\da-fA-F]+|0o[0-7]+|0b[01]+|\d+(?::[0-5]?\d)+(?:\.\d*)?)$|^\d{4}-\d\d?-\d\d?|^[-+]?\.(?:inf|nan)$/i;
const flowUnsafe = /[,[\]{}]/;

/** A string as a YAML scalar: plain when that is unambiguous, else double-quoted (JSON strings are valid YAML). */
export function scalar(text, flow = false) {
  if (
    text === '' ||
    plainUnsafe.test(text) ||
    typedLike.test(text) ||
    /[\n\t\\]/.test(text) ||
    (flow && flowUnsafe.test(text))
  ) {
    return JSON.stringify(text);
  }
  return text;
}

/** `{ a: 1, b: x }` from [key, rawText] pairs; values must already be YAML text. */
export function flowMap(pairs) {
  return `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
}

/** ASCII kebab-case of Vietnamese text: "Phường Bạch Đằng" → "phuong-bach-dang". */
export function slug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
