import { MARK, resolvePlain } from './plain-scalar.js';
import { FORBIDDEN_KEYS, isSurelyNfc, nfc } from './to-data.js';

/*
 * A reader for the plainest YAML — what a monthly submission almost always is: mappings and lists
 * by indentation, one-line flow mappings and lists, plain and quoted one-line values, block texts
 * (| and >, without indentation numbers), comments. It gives exactly what js-yaml gives for such a
 * file (with the fast path's types), several times faster, and gives up (undefined) on anything
 * else: a plain or quoted value over several lines, a folded text with blank or indented lines, a
 * list inside a list on one line, an empty flow entry, a colon it is not sure of.
 * The caller then reads the file with js-yaml, or with the exact path. It is only given text that
 * screenText passed (no tabs, escapes or control characters); anchors, aliases, tags, directives,
 * explicit keys and collections as keys it refuses itself, since none may start a plain value
 * (test/validate/ordinary-reader.test.ts compares it with js-yaml on text the byte check passes,
 * test/validate/fast-path-differential.test.ts the whole fast path with the exact path on any text).
 */

/** Thrown to stop reading; plain objects, so that stopping costs no stack trace. */
class GiveUp {}
const GIVE_UP = new GiveUp();
const giveUp = (): never => {
  throw GIVE_UP;
};

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
 * The data, as toData makes it: texts and keys in NFC (`textIsNfc`: the whole text is, so nothing
 * needs a look), and the same refusals as the js-yaml route — a key that is empty, null, very long,
 * forbidden or not in NFC gives up; a marked number gives 'marked'.
 */
export function readOrdinaryText(text: string, textIsNfc: boolean): Record<string, unknown> | 'marked' | undefined {
  try {
    const reader = new Reader(text, textIsNfc);
    const data = reader.document();
    return reader.marked ? 'marked' : data;
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

/** Characters only the exact path may judge: a NUL, a tab, control characters, line separators, escapes. */
const UNUSUAL_TEXT = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\\]/;
const LONE_CR = /\r(?!\n)/;
/** Line breaks and the characters isSurelyNfc trusts, less the unusual ones (no backslash, DEL, C1, U+2028/9). */
const PLAIN_TEXT = /^[\n\r\u0020-\u005b\u005d-\u007e\u00a0-\u02ff\u1e00-\u1eff\u2002-\u2027\u202a-\u206f]*$/;

/**
 * What the small reader may be given: 'unusual' when the text holds a character only the exact path
 * may judge (a NUL, a tab, control characters, line separators, escapes, a lone CR), else whether
 * the whole text is surely NFC ('nfc') or may need normalising ('other'). Most texts pass one test
 * that says both.
 */
export function screenText(text: string): 'unusual' | 'nfc' | 'other' {
  const plainText = PLAIN_TEXT.test(text);
  if (!plainText && UNUSUAL_TEXT.test(text)) return 'unusual';
  if (text.includes('\r') && LONE_CR.test(text)) return 'unusual';
  return plainText || isSurelyNfc(text) ? 'nfc' : 'other';
}

/**
 * The data of a plain YAML text exactly as yaml's `toJS()` makes it, or undefined: for the
 * secretariat's own files (configuration, unit registry, plan), which are read as written, not
 * normalised. So only a text with nothing unusual in it and surely in NFC (where the small reader's
 * normalising changes nothing) is answered, and never a number written in another form; anything
 * else is left to yaml (test/core/setup-fast-read.test.ts compares the two).
 */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (screenText(text) !== 'nfc') return undefined;
  const data = readOrdinaryText(text, true);
  return data === 'marked' ? undefined : data;
}

class Reader {
  /** Per line: where it starts, where its content starts (after the indentation), where it ends (before CR LF). */
  private readonly starts: number[] = [];
  private readonly contents: number[] = [];
  private readonly ends: number[] = [];
  private line = 0;
  /** Where the last key, value or quoted text read ended (so that readers return plain values, not pairs). */
  private next = 0;
  /** A number written in another form (1.000, -5…) was read: the file needs the exact layers, which see how. */
  marked = false;

  constructor(private readonly text: string, private readonly textIsNfc: boolean) {
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

  document(): Record<string, unknown> {
    this.skipBlank();
    if (this.line >= this.starts.length) giveUp();
    const root = this.blockNode(-1);
    this.skipBlank();
    if (this.line < this.starts.length) giveUp();
    if (typeof root !== 'object' || root === null || Array.isArray(root)) giveUp();
    return root as Record<string, unknown>;
  }

  private text_(s: string): string {
    return this.textIsNfc ? s : nfc(s);
  }

  /** A key as the js-yaml route checks it (fast-yaml.ts convert). */
  private checkedKey(key: string): string {
    const n = key.length;
    if (n === 0 || n > 1000 || key === 'null' || (n >= FORBIDDEN_MIN && n <= FORBIDDEN_MAX && FORBIDDEN_KEYS.has(key)) || (!this.textIsNfc && nfc(key) !== key)) giveUp();
    return key;
  }

  private plain(raw: string): unknown {
    const v = resolvePlain(raw);
    if (typeof v !== 'string') return v;
    if (v.charCodeAt(0) === 0) this.marked = true;
    return this.text_(v);
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
  private blockNode(parent: number): unknown {
    this.skipBlank();
    const n = this.indent(this.line);
    if (n <= parent) giveUp();
    return this.isDashItem(this.contents[this.line]!, this.ends[this.line]!) ? this.blockList(n) : this.blockMap(n, this.contents[this.line]!);
  }

  private isDashItem(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** A mapping whose keys stand at column `n`; its first key starts at `first` on the current line. */
  private blockMap(n: number, first: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let at = first;
    for (;;) {
      this.entry(map, n, at);
      this.skipBlank();
      if (this.line >= this.starts.length) break;
      const indent = this.indent(this.line);
      if (indent < n) break;
      if (indent > n) giveUp();
      at = this.contents[this.line]!;
      // A list at the indentation of its parent's keys belongs to that key, handled in entry().
      if (this.isDashItem(at, this.ends[this.line]!)) giveUp();
    }
    return map;
  }

  /** One `key: value` at `at` on the current line, whose key stands at column `n`. */
  private entry(map: Record<string, unknown>, n: number, at: number): void {
    const end = this.ends[this.line]!;
    const key = this.key(at, end, false);
    // (A forbidden key such as __proto__ was already refused by key().)
    if (Object.hasOwn(map, key)) giveUp();
    const p = this.skipSpaces(this.next, end);
    if (p === end || this.isCommentAt(p)) {
      this.line++;
      map[key] = this.valueBelow(n);
    } else {
      map[key] = this.inlineValue(p, end, n);
    }
  }

  /** The value of a key or dash with nothing after it on its line: what is indented below it, or null. */
  private valueBelow(n: number): unknown {
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
  private inlineValue(p: number, end: number, n: number): unknown {
    const c = this.text.charCodeAt(p);
    if (c === PIPE || c === GREATER) return this.blockText(p, end, n);
    const value = this.value(p, end, false);
    const next = this.next;
    const q = this.skipSpaces(next, end);
    if (q !== end && !(q > next && this.isCommentAt(q))) giveUp();
    this.line++;
    // Anything indented further below would continue the value (or be an error): not ours.
    for (let l = this.line; l < this.starts.length; l++) {
      if (this.contents[l] === this.ends[l]) continue;
      if (this.indent(l) > n) giveUp();
      break;
    }
    return value;
  }

  /** A list whose dashes stand at column `n`. */
  private blockList(n: number): unknown[] {
    const list: unknown[] = [];
    for (;;) {
      const at = this.contents[this.line]!;
      const end = this.ends[this.line]!;
      const p = this.skipSpaces(at + 1, end);
      if (p === end || this.isCommentAt(p)) {
        this.line++;
        list.push(this.valueBelow(n));
      } else if (this.isDashItem(p, end)) {
        giveUp(); // a list in a list on one line
      } else if (this.looksLikeKey(p, end)) {
        // `- key: value`, the mapping's keys at the column of this first key.
        list.push(this.blockMap(p - this.starts[this.line]!, p));
      } else {
        list.push(this.inlineValue(p, end, n));
      }
      this.skipBlank();
      if (this.line >= this.starts.length) break;
      const indent = this.indent(this.line);
      if (indent < n) break;
      if (indent > n || !this.isDashItem(this.contents[this.line]!, this.ends[this.line]!)) {
        if (indent > n) giveUp();
        break;
      }
    }
    return list;
  }

  /**
   * A block text: `|` keeps lines, `>` joins them with spaces; `-` drops the final line break. Its
   * lines are indented more than `n`, by as much as the first. Given up: a blank line before the
   * first line or made of spaces, a line less indented than the first but more than `n`, a folded
   * text with blank or further-indented lines, an empty text, a text at the end of a file that does
   * not end with a line break.
   */
  private blockText(p: number, end: number, n: number): string {
    const t = this.text;
    const folded = t.charCodeAt(p) === GREATER;
    let q = p + 1;
    const strip = t.charCodeAt(q) === DASH;
    if (strip) q++;
    if (q < end && t.charCodeAt(q) !== SPACE) giveUp();
    q = this.skipSpaces(q, end);
    if (q !== end && !this.isCommentAt(q)) giveUp();
    const lines: string[] = [];
    let l = this.line + 1;
    const count = this.starts.length;
    if (l >= count || this.contents[l] === this.ends[l]) giveUp();
    const m = this.indent(l);
    if (m <= n) giveUp();
    let lastContent = -1;
    for (; l < count; l++) {
      const start = this.starts[l]!;
      const stop = this.ends[l]!;
      if (start === stop) {
        lines.push('');
        continue;
      }
      if (this.contents[l] === stop) giveUp(); // a line of spaces only
      const indent = this.indent(l);
      if (indent < m) {
        if (indent > n) giveUp();
        break;
      }
      if (folded && indent > m) giveUp();
      lines.push(t.slice(start + m, stop));
      lastContent = l;
    }
    // The text ends at its last line with content; blank lines after it belong to what follows.
    lines.length -= l - 1 - lastContent;
    if (lastContent === count - 1 || this.starts[lastContent + 1] === undefined) giveUp();
    this.line = lastContent + 1;
    if (folded && lines.includes('')) giveUp();
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
  private key(p: number, end: number, inFlow: boolean): string {
    const t = this.text;
    const c = t.charCodeAt(p);
    let key: string;
    let after: number;
    if (c === DQUOTE || c === SQUOTE) {
      key = this.quoted(p, end);
      after = this.next;
    } else {
      const stop = this.plainEnd(p, end, inFlow, true);
      const raw = t.slice(p, stop);
      const resolved = resolvePlain(raw);
      // yaml reads an empty key as "", js-yaml as "null"; a marked number as a key: not ours.
      if (resolved === null || (typeof resolved === 'string' && resolved.startsWith(MARK))) giveUp();
      key = String(resolved);
      after = stop;
    }
    if (t.charCodeAt(after) !== COLON) giveUp();
    const next = after + 1;
    if (next < end && t.charCodeAt(next) !== SPACE) giveUp();
    this.next = next;
    return this.checkedKey(key);
  }

  /** A scalar or a one-line flow collection at p; `next` is after it. */
  private value(p: number, end: number, inFlow: boolean): unknown {
    const c = this.text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) return this.text_(this.quoted(p, end));
    if (c === LBRACE) return this.flowMap(p, end);
    if (c === LBRACKET) return this.flowList(p, end);
    if (!inFlow) {
      const raw = this.blockPlain(p, end);
      this.next = p + raw.length;
      return this.plain(raw);
    }
    const stop = this.plainEnd(p, end, inFlow, false);
    this.next = stop;
    return this.plain(this.text.slice(p, stop));
  }

  /**
   * Where a plain scalar starting at p ends: before " #", at the line's end, in a flow at , ] or },
   * and for a key at its colon. Gives up on anything it is not sure of: an indicator at the start,
   * a colon followed by a space inside a value, a colon followed by anything in a flow, a bracket
   * inside a flow value.
   */
  private plainEnd(p: number, end: number, inFlow: boolean, isKey: boolean): number {
    const t = this.text;
    this.checkPlainStart(p, end);
    let i = p;
    let last = p; // after the last non-space character
    for (; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c === SPACE) continue;
      if (c === HASH && t.charCodeAt(i - 1) === SPACE) break;
      if (c === COLON) {
        const next = i + 1 < end ? t.charCodeAt(i + 1) : SPACE;
        if (next === SPACE) {
          if (isKey) return last;
          giveUp();
        }
        if (inFlow) giveUp();
      }
      if (inFlow) {
        if (c === COMMA || c === RBRACKET || c === RBRACE) break;
        if (c === LBRACKET || c === LBRACE) giveUp();
      }
      last = i + 1;
    }
    if (isKey) giveUp(); // no colon: not a key
    return last;
  }

  /**
   * plainEnd for a value outside brackets, which only a comment or the line's end can end: found with
   * string searches within the line rather than a loop over every character of a long summary.
   */
  private blockPlain(p: number, end: number): string {
    this.checkPlainStart(p, end);
    let raw = this.text.slice(p, end);
    const comment = raw.indexOf(' #');
    if (comment >= 0) raw = raw.slice(0, comment);
    if (raw.includes(': ')) giveUp();
    let e = raw.length;
    while (e > 0 && raw.charCodeAt(e - 1) === SPACE) e--;
    if (e < raw.length) raw = raw.slice(0, e);
    if (raw.charCodeAt(e - 1) === COLON) giveUp();
    return raw;
  }

  /** A plain value may not start with a YAML indicator, nor with a dash before a space. */
  private checkPlainStart(p: number, end: number): void {
    const c0 = this.text.charCodeAt(p);
    if (NOT_PLAIN_START.has(c0) || (c0 === DASH && (p + 1 === end || this.text.charCodeAt(p + 1) === SPACE))) giveUp();
  }

  /** A quoted scalar on one line (the byte check saw it close there, with no escapes). */
  private quoted(p: number, end: number): string {
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
    return giveUp();
  }

  private flowMap(p: number, end: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let i = this.skipSpaces(p + 1, end);
    if (this.text.charCodeAt(i) === RBRACE) {
      this.next = i + 1;
      return map;
    }
    for (;;) {
      const key = this.key(i, end, true);
      if (Object.hasOwn(map, key)) giveUp();
      i = this.skipSpaces(this.next, end);
      const c = this.text.charCodeAt(i);
      if (i === end || c === COMMA || c === RBRACE || c === HASH) giveUp(); // an empty value
      map[key] = this.value(i, end, true);
      i = this.skipSpaces(this.next, end);
      const sep = this.text.charCodeAt(i);
      if (sep === RBRACE) {
        this.next = i + 1;
        return map;
      }
      if (sep !== COMMA) giveUp();
      i = this.skipSpaces(i + 1, end);
      if (this.text.charCodeAt(i) === RBRACE || i === end) giveUp(); // a trailing comma
    }
  }

  private flowList(p: number, end: number): unknown[] {
    const list: unknown[] = [];
    let i = this.skipSpaces(p + 1, end);
    if (this.text.charCodeAt(i) === RBRACKET) {
      this.next = i + 1;
      return list;
    }
    for (;;) {
      const c = this.text.charCodeAt(i);
      if (i === end || c === COMMA || c === RBRACKET || c === HASH) giveUp();
      list.push(this.value(i, end, true));
      i = this.skipSpaces(this.next, end);
      const sep = this.text.charCodeAt(i);
      if (sep === RBRACKET) {
        this.next = i + 1;
        return list;
      }
      if (sep !== COMMA) giveUp(); // includes `key: value` inside a list
      i = this.skipSpaces(i + 1, end);
      if (this.text.charCodeAt(i) === RBRACKET || i === end) giveUp();
    }
  }

  private skipSpaces(p: number, end: number): number {
    let i = p;
    while (i < end && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** A comment starts at a # that follows a space (or starts the line). */
  private isCommentAt(p: number): boolean {
    return this.text.charCodeAt(p) === HASH && (p === 0 || this.text.charCodeAt(p - 1) === SPACE || p === this.contents[this.line]);
  }
}
