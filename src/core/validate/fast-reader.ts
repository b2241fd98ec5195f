import type { DocPath, Span } from '../yaml-locate.js';
import { MAX_NESTING } from '../yaml-depth.js';
import { resolvePlain } from './plain-scalar.js';
import { isSetApartComment } from './text-checks.js';
import { FORBIDDEN_KEYS, isSurelyNfc, nfc } from './to-data.js';

/*
 * The fast reader: a reader for the plainest YAML — what a monthly submission almost always is:
 * mappings and lists by indentation, one-line flow mappings and lists, plain and quoted one-line
 * values, block texts (| and >, without indentation numbers), comments. For such a text it gives
 * exactly the data the exact path makes of it (yaml, core schema, then toData), several times
 * faster, and for anything else it gives nothing (undefined): a plain or quoted value over several
 * lines, a folded text with blank or indented lines, a list inside a list on one line, an empty
 * flow entry, a colon it is not sure of, a number written in another form than plain digits, a
 * free text cut by a comment. The exact path then reads the file. Anchors, aliases, tags,
 * directives, explicit keys and collections as keys are refused, since none may start a plain
 * value (test/validate/fast-reader.test.ts compares it with the exact path's reading,
 * test/validate/fast-path-differential.test.ts the whole fast path with the exact path).
 */

/** What a step returns when the text is not one the fast reader answers: reading stops there. */
const FAIL: unique symbol = Symbol('not for the fast reader');
type Read<T> = T | typeof FAIL;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const PIPE = 0x7c;
const GREATER = 0x3e;

/** Only keys of these lengths can be forbidden: most keys skip the set's look-up. */
const FORBIDDEN_MIN = Math.min(...[...FORBIDDEN_KEYS].map((k) => k.length));
const FORBIDDEN_MAX = Math.max(...[...FORBIDDEN_KEYS].map((k) => k.length));

/** Characters a plain value may not start with (YAML indicators), besides a dash before a space. */
const NOT_PLAIN_START = new Set([...'?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

/**
 * Keys whose value is a free text: a plain text there cut short by a # that is not a comment set
 * apart loses words, which the exact path reports (a text in a list, such as an evidence line, is
 * treated the same).
 */
const FREE_TEXT_KEYS: ReadonlySet<string> = new Set([
  'summary',
  'giai_trinh',
  'difficulties',
  'proposals',
  'name',
  'position',
  'result',
  'evidence',
]);
/** The key of a list item: no key may be empty (key() refuses one). */
const LIST_ITEM = '';

/** Characters only the exact path may judge: a NUL, a tab, control characters, line separators, escapes. */
const UNUSUAL_TEXT = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\\]/;
const LONE_CR = /\r(?!\n)/;
/** Line breaks and the characters isSurelyNfc trusts, less the unusual ones (no backslash, DEL, C1, U+2028/9). */
const PLAIN_TEXT = /^[\n\r\u0020-\u005b\u005d-\u007e\u00a0-\u02ff\u1e00-\u1eff\u2002-\u2027\u202a-\u206f]*$/;

/**
 * Whether the fast reader may be given this text at all, and if so whether the whole text is surely
 * NFC (so no text in it needs normalising): 'exact-only' when it holds a character only the exact
 * path may judge (a NUL, a tab, control characters, line separators, escapes, a lone CR). Most texts
 * pass one test that says both.
 */
function classifyText(text: string): 'exact-only' | 'nfc' | 'other' {
  const plainText = PLAIN_TEXT.test(text);
  if (!plainText && UNUSUAL_TEXT.test(text)) return 'exact-only';
  if (text.includes('\r') && LONE_CR.test(text)) return 'exact-only';
  return plainText || isSurelyNfc(text) ? 'nfc' : 'other';
}

/**
 * A submission's data as toData makes it — every text and key in NFC — or undefined when the text
 * is not one the fast reader answers, or when a key is empty, null, very long, forbidden or not in
 * NFC (the exact path reports those).
 */
export function readFast(text: string): Record<string, unknown> | undefined {
  return readFastWithPlaces(text)?.data;
}

/** Where a key and its value are written, as yaml's ranges: a value on one line, or null (the key stands for it). */
interface Place {
  keyStart: number;
  keyEnd: number;
  /** VALUE_ELSEWHERE: a collection or a block text, whose range only yaml gives; VALUE_NULL: an empty value. */
  valueStart: number;
  valueEnd: number;
}
const VALUE_ELSEWHERE = -1;
const VALUE_NULL = -2;

/** The data, and where its keys and one-line values are written, looked up by the data's own objects. */
export interface FastRead {
  data: Record<string, unknown>;
  /**
   * As yaml-locate's `locate` on the yaml Document of the same text, when the place is one the
   * reader saw: a key, a value on one line, an empty value. undefined for any other place (a whole
   * list or mapping, a block text), which only yaml can give.
   */
  locate(path: DocPath, target: 'key' | 'value'): Span | undefined;
  /** Where the first key of the file is written. */
  firstKey: Span;
}

export function readFastWithPlaces(text: string): FastRead | undefined {
  const kind = classifyText(text);
  if (kind === 'exact-only') return undefined;
  const reader = new Reader(text, kind === 'nfc');
  const data = reader.document();
  if (data === FAIL) return undefined;
  const places = reader.places;
  const first = (places.get(data) as Map<string, Place>).values().next().value!;
  return {
    data,
    locate: (path, target) => locatePlace(places, data, path, target),
    firstKey: { start: first.keyStart, end: first.keyEnd },
  };
}

function locatePlace(places: Places, root: object, path: DocPath, target: 'key' | 'value'): Span | undefined {
  let node: unknown = root;
  let best: Span | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const table = typeof node === 'object' && node !== null ? places.get(node) : undefined;
    let place: Place | undefined;
    if (table instanceof Map) {
      place = table.get(String(segment));
      if (!place) return best;
      const keySpan = { start: place.keyStart, end: place.keyEnd };
      if (i === path.length - 1 && target === 'key') return keySpan;
      node = (node as Record<string, unknown>)[String(segment)];
      best = place.valueStart === VALUE_NULL ? keySpan : undefined;
    } else if (Array.isArray(table) && typeof segment === 'number') {
      place = table[segment];
      if (!place) return best;
      node = (node as unknown[])[segment];
      best = undefined;
    } else {
      return best;
    }
    if (place.valueStart >= 0) best = { start: place.valueStart, end: place.valueEnd };
  }
  return best;
}

/**
 * The data of a plain YAML text exactly as yaml's `toJS()` makes it, or undefined: for the
 * secretariat's own files (configuration, unit registry, plan), which are read as written, not
 * normalised. So only a text surely in NFC (where the reader's normalising changes nothing) is
 * answered; anything else is left to yaml (test/core/setup-fast-read.test.ts compares the two).
 */
export function readFastAsWritten(text: string): Record<string, unknown> | undefined {
  if (classifyText(text) !== 'nfc') return undefined;
  const data = new Reader(text, true).document();
  return data === FAIL ? undefined : data;
}

type Places = WeakMap<object, Map<string, Place> | Place[]>;

class Reader {
  /** Where keys and values are written, per mapping (by key) and list (by index) the reader made. */
  readonly places: Places = new WeakMap();
  /** Levels of nesting open: reading gives up past MAX_NESTING rather than go deeper down the stack. */
  private depth = 0;
  /** Where the last key read ends (after a closing quote, or the last character before the colon). */
  private keyEnd = 0;
  /** Where the last value read is written (VALUE_ELSEWHERE, VALUE_NULL as in Place). */
  private valueStart = VALUE_ELSEWHERE;
  private valueEnd = 0;
  /** Per line: where it starts, where its content starts (after the indentation), where it ends (before CR LF). */
  private readonly starts: number[] = [];
  private readonly contents: number[] = [];
  private readonly ends: number[] = [];
  private line = 0;
  /** Where the last key, value or quoted text read ended (so that readers return plain values, not pairs). */
  private next = 0;
  /** The key whose value is being read (LIST_ITEM for a list item): tells free texts apart. */
  private valueKey = LIST_ITEM;

  constructor(
    private readonly text: string,
    private readonly textIsNfc: boolean,
  ) {
    let start = 0;
    const n = text.length;
    while (start <= n) {
      let nl = text.indexOf('\n', start);
      if (nl < 0) nl = n;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
      let content = start;
      while (content < end && text.charCodeAt(content) === SPACE) content++;
      this.starts.push(start);
      this.contents.push(content);
      this.ends.push(end);
      start = nl + 1;
    }
  }

  document(): Read<Record<string, unknown>> {
    this.skipBlank();
    if (this.line >= this.starts.length) return FAIL;
    const root = this.blockNode(-1);
    if (root === FAIL) return FAIL;
    this.skipBlank();
    if (this.line < this.starts.length) return FAIL;
    if (typeof root !== 'object' || root === null || Array.isArray(root)) return FAIL;
    return root as Record<string, unknown>;
  }

  /** Records where the value just read is written: a scalar's range, or null, or elsewhere for a collection. */
  private placed(value: unknown, start: number, end: number): void {
    if (value === null) this.valueStart = VALUE_NULL;
    else if (typeof value === 'object') this.valueStart = VALUE_ELSEWHERE;
    else {
      this.valueStart = start;
      this.valueEnd = end;
    }
  }

  private placeOf(keyStart: number, keyEnd: number): Place {
    return { keyStart, keyEnd, valueStart: this.valueStart, valueEnd: this.valueEnd };
  }

  private text_(s: string): string {
    return this.textIsNfc ? s : nfc(s);
  }

  /** A key as toData would keep it without a finding. */
  private checkedKey(key: string): Read<string> {
    const n = key.length;
    if (
      n === 0 ||
      n > 1000 ||
      key === 'null' ||
      (n >= FORBIDDEN_MIN && n <= FORBIDDEN_MAX && FORBIDDEN_KEYS.has(key)) ||
      (!this.textIsNfc && nfc(key) !== key)
    )
      return FAIL;
    return key;
  }

  private plain(raw: string): Read<unknown> {
    const v = resolvePlain(raw);
    if (v === undefined) return FAIL;
    return typeof v === 'string' ? this.text_(v) : v;
  }

  private indent(line: number): number {
    return this.contents[line]! - this.starts[line]!;
  }

  /** Empty lines and whole-line comments. */
  private isBlank(line: number): boolean {
    const c = this.contents[line]!;
    return c === this.ends[line]! || this.text.charCodeAt(c) === HASH;
  }

  private skipBlank(): void {
    while (this.line < this.starts.length && this.isBlank(this.line)) this.line++;
  }

  /** A mapping or list starting on the next content line, indented more than `parent`. */
  private blockNode(parent: number): Read<unknown> {
    this.skipBlank();
    const n = this.indent(this.line);
    if (n <= parent) return FAIL;
    return this.isDashItem(this.contents[this.line]!, this.ends[this.line]!)
      ? this.blockList(n)
      : this.blockMap(n, this.contents[this.line]!);
  }

  private isDashItem(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** A mapping whose keys stand at column `n`; its first key starts at `first` on the current line. */
  private blockMap(n: number, first: number): Read<Record<string, unknown>> {
    const map: Record<string, unknown> = {};
    const table = new Map<string, Place>();
    this.places.set(map, table);
    let at = first;
    for (;;) {
      if (this.entry(map, table, n, at) === FAIL) return FAIL;
      this.skipBlank();
      if (this.line >= this.starts.length) break;
      const indent = this.indent(this.line);
      if (indent < n) break;
      if (indent > n) return FAIL;
      at = this.contents[this.line]!;
      // A list at the indentation of its parent's keys belongs to that key, handled in entry().
      if (this.isDashItem(at, this.ends[this.line]!)) return FAIL;
    }
    return map;
  }

  /** One `key: value` at `at` on the current line, whose key stands at column `n`. */
  private entry(map: Record<string, unknown>, table: Map<string, Place>, n: number, at: number): Read<void> {
    const end = this.ends[this.line]!;
    const key = this.key(at, end, false);
    // (A forbidden key such as __proto__ was already refused by key().)
    if (key === FAIL || Object.hasOwn(map, key)) return FAIL;
    const keyEnd = this.keyEnd;
    const p = this.skipSpaces(this.next, end);
    let value: Read<unknown>;
    if (p === end || this.isCommentAt(p)) {
      this.line++;
      this.valueKey = key;
      value = this.valueBelow(n);
      if (value !== FAIL) this.placed(value, 0, 0);
    } else {
      this.valueKey = key;
      value = this.inlineValue(p, end, n);
    }
    if (value === FAIL) return FAIL;
    map[key] = value;
    table.set(key, this.placeOf(at, keyEnd));
  }

  /** The value of a key or dash with nothing after it on its line: what is indented below it, or null. */
  private valueBelow(n: number): Read<unknown> {
    if (++this.depth > MAX_NESTING) return FAIL;
    const value = this.valueBelowAt(n);
    this.depth--;
    return value;
  }

  private valueBelowAt(n: number): Read<unknown> {
    const save = this.line;
    this.skipBlank();
    if (this.line >= this.starts.length) return null;
    const indent = this.indent(this.line);
    if (indent > n) return this.blockNode(n);
    // YAML lets a key's list stand at the key's own indentation.
    if (indent === n && this.isDashItem(this.contents[this.line]!, this.ends[this.line]!)) return this.blockList(n);
    this.line = save;
    return null;
  }

  /** A value written after the key or dash on the current line, which must end that line. */
  private inlineValue(p: number, end: number, n: number): Read<unknown> {
    const c = this.text.charCodeAt(p);
    if (c === PIPE || c === GREATER) {
      this.valueStart = VALUE_ELSEWHERE;
      return this.blockText(p, end, n);
    }
    const value = this.value(p, end, false);
    if (value === FAIL) return FAIL;
    const next = this.next;
    const q = this.skipSpaces(next, end);
    if (q !== end && !(q > next && this.isCommentAt(q))) return FAIL;
    this.line++;
    // Anything indented further below would continue the value (or be an error): not ours.
    for (let l = this.line; l < this.starts.length; l++) {
      if (this.contents[l] === this.ends[l]) continue;
      if (this.indent(l) > n) return FAIL;
      break;
    }
    return value;
  }

  /** A list whose dashes stand at column `n`. */
  private blockList(n: number): Read<unknown[]> {
    const list: unknown[] = [];
    const table: Place[] = [];
    this.places.set(list, table);
    for (;;) {
      const at = this.contents[this.line]!;
      const end = this.ends[this.line]!;
      const p = this.skipSpaces(at + 1, end);
      let item: Read<unknown>;
      if (p === end || this.isCommentAt(p)) {
        this.line++;
        item = this.valueBelow(n);
        this.valueStart = VALUE_ELSEWHERE;
      } else if (this.isDashItem(p, end)) {
        return FAIL; // a list in a list on one line
      } else if (this.looksLikeKey(p, end)) {
        // `- key: value`, the mapping's keys at the column of this first key.
        item = this.blockMap(p - this.starts[this.line]!, p);
        this.valueStart = VALUE_ELSEWHERE;
      } else {
        this.valueKey = LIST_ITEM;
        item = this.inlineValue(p, end, n);
      }
      if (item === FAIL) return FAIL;
      list.push(item);
      // An empty item has no range of its own in yaml's reading that the reader can be sure of.
      table.push(this.placeOf(-1, -1));
      if (item === null) table[table.length - 1]!.valueStart = VALUE_ELSEWHERE;
      this.skipBlank();
      if (this.line >= this.starts.length) break;
      const indent = this.indent(this.line);
      if (indent < n) break;
      if (indent > n) return FAIL;
      if (!this.isDashItem(this.contents[this.line]!, this.ends[this.line]!)) break;
    }
    return list;
  }

  /**
   * A block text: `|` keeps lines, `>` joins them with spaces; `-` drops the final line break. Its
   * lines are indented more than `n`, by as much as the first. Not answered: a blank line before the
   * first line or made of spaces, a line less indented than the first but more than `n`, a folded
   * text with blank or further-indented lines, an empty text, a text at the end of a file that does
   * not end with a line break.
   */
  private blockText(p: number, end: number, n: number): Read<string> {
    const t = this.text;
    const folded = t.charCodeAt(p) === GREATER;
    let q = p + 1;
    const strip = t.charCodeAt(q) === DASH;
    if (strip) q++;
    if (q < end && t.charCodeAt(q) !== SPACE) return FAIL;
    q = this.skipSpaces(q, end);
    if (q !== end && !this.isCommentAt(q)) return FAIL;
    const lines: string[] = [];
    let l = this.line + 1;
    const count = this.starts.length;
    if (l >= count || this.contents[l] === this.ends[l]) return FAIL;
    const m = this.indent(l);
    if (m <= n) return FAIL;
    let lastContent = -1;
    for (; l < count; l++) {
      const start = this.starts[l]!;
      const stop = this.ends[l]!;
      if (start === stop) {
        lines.push('');
        continue;
      }
      if (this.contents[l] === stop) return FAIL; // a line of spaces only
      const indent = this.indent(l);
      if (indent < m) {
        if (indent > n) return FAIL;
        break;
      }
      if (folded && indent > m) return FAIL;
      lines.push(t.slice(start + m, stop));
      lastContent = l;
    }
    // The text ends at its last line with content; blank lines after it belong to what follows.
    lines.length -= l - 1 - lastContent;
    if (lastContent === count - 1 || this.starts[lastContent + 1] === undefined) return FAIL;
    this.line = lastContent + 1;
    if (folded && lines.includes('')) return FAIL;
    const body = lines.join(folded ? ' ' : '\n');
    return this.text_(strip ? body : `${body}\n`);
  }

  /**
   * Whether a list item starts with `key:` — a colon followed by a space or the line's end, before
   * any comment — so that it is read as a mapping; key() then reads it for good. Quoted keys and
   * flow collections are left to key() and value().
   */
  private looksLikeKey(p: number, end: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === LBRACE || c === LBRACKET) return false;
    if (c === DQUOTE || c === SQUOTE) {
      const close = t.indexOf(String.fromCharCode(c), p + 1);
      return close > 0 && close < end && t.charCodeAt(close + 1) === COLON;
    }
    for (let i = p; i < end; i++) {
      const ch = t.charCodeAt(i);
      if (ch === HASH && t.charCodeAt(i - 1) === SPACE) return false;
      if (ch === COLON && (i + 1 === end || t.charCodeAt(i + 1) === SPACE)) return true;
    }
    return false;
  }

  /** A key; `next` is after its colon (which must be followed by a space or the line's end). */
  private key(p: number, end: number, inFlow: boolean): Read<string> {
    const t = this.text;
    const c = t.charCodeAt(p);
    let key: string;
    let after: number;
    if (c === DQUOTE || c === SQUOTE) {
      const quoted = this.quoted(p, end);
      if (quoted === FAIL) return FAIL;
      key = quoted;
      after = this.next;
    } else {
      const stop = this.plainEnd(p, end, inFlow, true);
      if (stop === FAIL) return FAIL;
      const resolved = resolvePlain(t.slice(p, stop));
      // yaml reads an empty or null key as ""; a number in another form as a key: not answered.
      if (resolved === null || resolved === undefined) return FAIL;
      key = String(resolved);
      after = stop;
    }
    if (t.charCodeAt(after) !== COLON) return FAIL;
    this.keyEnd = after;
    const next = after + 1;
    if (next < end && t.charCodeAt(next) !== SPACE) return FAIL;
    this.next = next;
    return this.checkedKey(key);
  }

  /** A scalar or a one-line flow collection at p; `next` is after it. */
  private value(p: number, end: number, inFlow: boolean): Read<unknown> {
    const c = this.text.charCodeAt(p);
    let value: Read<unknown>;
    if (c === DQUOTE || c === SQUOTE) {
      const quoted = this.quoted(p, end);
      value = quoted === FAIL ? FAIL : this.text_(quoted);
    } else if (c === LBRACE || c === LBRACKET) {
      if (++this.depth > MAX_NESTING) return FAIL;
      value = c === LBRACE ? this.flowMap(p, end) : this.flowList(p, end);
      this.depth--;
    } else if (!inFlow) {
      value = this.blockPlain(p, end);
    } else {
      const stop = this.plainEnd(p, end, inFlow, false);
      if (stop === FAIL) return FAIL;
      this.next = stop;
      value = this.plain(this.text.slice(p, stop));
    }
    if (value !== FAIL) this.placed(value, p, this.next);
    return value;
  }

  /**
   * Where a plain scalar starting at p ends: before " #", at the line's end, in a flow at , ] or },
   * and for a key at its colon. Not answered: an indicator at the start, a colon followed by a space
   * inside a value, a colon followed by anything in a flow, a bracket inside a flow value.
   */
  private plainEnd(p: number, end: number, inFlow: boolean, isKey: boolean): Read<number> {
    const t = this.text;
    if (!this.mayStartPlain(p, end)) return FAIL;
    let i = p;
    let last = p; // after the last non-space character
    for (; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c === SPACE) continue;
      if (c === HASH && t.charCodeAt(i - 1) === SPACE) break;
      if (c === COLON) {
        const next = i + 1 < end ? t.charCodeAt(i + 1) : SPACE;
        if (next === SPACE) return isKey ? last : FAIL;
        if (inFlow) return FAIL;
      }
      if (inFlow) {
        if (c === COMMA || c === RBRACKET || c === RBRACE) break;
        if (c === LBRACKET || c === LBRACE) return FAIL;
      }
      last = i + 1;
    }
    if (isKey) return FAIL; // no colon: not a key
    return last;
  }

  /**
   * A plain value outside brackets, which only a comment or the line's end can end: found with
   * string searches within the line rather than a loop over every character of a long summary.
   * `next` is after it. A free text cut by a comment is not answered (the exact path reports what
   * would be lost); a number, a null or true/false with a comment after it is.
   */
  private blockPlain(p: number, end: number): Read<unknown> {
    if (!this.mayStartPlain(p, end)) return FAIL;
    let raw = this.text.slice(p, end);
    const comment = raw.indexOf(' #');
    if (comment >= 0) raw = raw.slice(0, comment);
    if (raw.includes(': ')) return FAIL;
    let e = raw.length;
    while (e > 0 && raw.charCodeAt(e - 1) === SPACE) e--;
    if (e < raw.length) raw = raw.slice(0, e);
    if (raw.charCodeAt(e - 1) === COLON) return FAIL;
    this.next = p + raw.length;
    const value = this.plain(raw);
    if (
      comment >= 0 &&
      typeof value === 'string' &&
      (this.valueKey === LIST_ITEM || FREE_TEXT_KEYS.has(this.valueKey))
    ) {
      // A free text that a # may have cut: only a comment set apart is read here; the exact path reports the rest.
      if (!isSetApartComment(this.text, this.next, p + comment + 1)) return FAIL;
    }
    return value;
  }

  /**
   * A plain value may not start with a YAML indicator, nor with a dash before a space; a dash before
   * a comma or bracket is left to yaml too (in a flow that is not a value).
   */
  private mayStartPlain(p: number, end: number): boolean {
    const c0 = this.text.charCodeAt(p);
    if (NOT_PLAIN_START.has(c0)) return false;
    if (c0 !== DASH) return true;
    const c1 = this.text.charCodeAt(p + 1);
    return !(
      p + 1 === end ||
      c1 === SPACE ||
      c1 === COMMA ||
      c1 === LBRACKET ||
      c1 === RBRACKET ||
      c1 === LBRACE ||
      c1 === RBRACE
    );
  }

  /** A quoted scalar on one line (classifyText saw no escapes); `next` is after its closing quote. */
  private quoted(p: number, end: number): Read<string> {
    const t = this.text;
    const q = t.charCodeAt(p);
    let value = '';
    let from = p + 1;
    for (let i = p + 1; i < end; i++) {
      if (t.charCodeAt(i) !== q) continue;
      if (q === SQUOTE && t.charCodeAt(i + 1) === SQUOTE) {
        value += t.slice(from, i + 1);
        from = i + 2;
        i++;
        continue;
      }
      value += t.slice(from, i);
      this.next = i + 1;
      return value;
    }
    return FAIL;
  }

  private flowMap(p: number, end: number): Read<Record<string, unknown>> {
    const map: Record<string, unknown> = {};
    const table = new Map<string, Place>();
    this.places.set(map, table);
    let i = this.skipSpaces(p + 1, end);
    if (this.text.charCodeAt(i) === RBRACE) {
      this.next = i + 1;
      return map;
    }
    for (;;) {
      const key = this.key(i, end, true);
      if (key === FAIL || Object.hasOwn(map, key)) return FAIL;
      const keyStart = i;
      const keyEnd = this.keyEnd;
      i = this.skipSpaces(this.next, end);
      const c = this.text.charCodeAt(i);
      if (i === end || c === COMMA || c === RBRACE || c === HASH) return FAIL; // an empty value
      const value = this.value(i, end, true);
      if (value === FAIL) return FAIL;
      map[key] = value;
      table.set(key, this.placeOf(keyStart, keyEnd));
      i = this.skipSpaces(this.next, end);
      const sep = this.text.charCodeAt(i);
      if (sep === RBRACE) {
        this.next = i + 1;
        return map;
      }
      if (sep !== COMMA) return FAIL;
      i = this.skipSpaces(i + 1, end);
      if (this.text.charCodeAt(i) === RBRACE || i === end) return FAIL; // a trailing comma
    }
  }

  private flowList(p: number, end: number): Read<unknown[]> {
    const list: unknown[] = [];
    const table: Place[] = [];
    this.places.set(list, table);
    let i = this.skipSpaces(p + 1, end);
    if (this.text.charCodeAt(i) === RBRACKET) {
      this.next = i + 1;
      return list;
    }
    for (;;) {
      const c = this.text.charCodeAt(i);
      if (i === end || c === COMMA || c === RBRACKET || c === HASH) return FAIL;
      const value = this.value(i, end, true);
      if (value === FAIL) return FAIL;
      list.push(value);
      table.push(this.placeOf(-1, -1));
      if (value === null) table[table.length - 1]!.valueStart = VALUE_ELSEWHERE;
      i = this.skipSpaces(this.next, end);
      const sep = this.text.charCodeAt(i);
      if (sep === RBRACKET) {
        this.next = i + 1;
        return list;
      }
      if (sep !== COMMA) return FAIL; // includes `key: value` inside a list
      i = this.skipSpaces(i + 1, end);
      if (this.text.charCodeAt(i) === RBRACKET || i === end) return FAIL;
    }
  }

  private skipSpaces(p: number, end: number): number {
    let i = p;
    while (i < end && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** A comment starts at a # that follows a space (or starts the line). */
  private isCommentAt(p: number): boolean {
    return (
      this.text.charCodeAt(p) === HASH &&
      (p === 0 || this.text.charCodeAt(p - 1) === SPACE || p === this.contents[this.line])
    );
  }
}
