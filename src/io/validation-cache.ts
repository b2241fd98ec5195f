import { hash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ExplainedDiagnostic } from '../core/file-result.js';
import { pathShape } from '../core/validate/context-checks.js';
import type { Range } from '../core/validate/findings.js';
import type { CheckedFile } from '../core/validate/validate-file.js';
import { writeFileAtomic } from './atomic-write.js';
import type { CachedResult, FileStat, Lookup, ResultCache } from './result-cache.js';

/*
 * `danvan validate --cache`: what each file's check found, kept in one file (.danvan-cache in the
 * working folder by default) so that a second run over unchanged files reads and parses nothing.
 *
 * The whole cache holds only for one danvan version, one plan text and one unit registry text,
 * in one working folder (paths are stored as shown): anything else and it starts empty. Per file it
 * keeps size, modification time and a content hash; a file whose size and time are unchanged is
 * not read, one whose time changed but content did not is read and hashed but not checked again.
 * The results kept are those of each file alone: the checks across files (two files for one unit
 * and month) are cheap and always run again. A result that a later day could change (a month or
 * date after today) is reused only on the day it was made. The file can be deleted at any time;
 * a cache that cannot be read, or does not match, is ignored and rebuilt — never an error.
 */

/** Bump when what is stored changes meaning. */
const FORMAT = 3;
/** Times this close to the run are not trusted: the file could change again within the clock's resolution. */
const RACY_MS = 2000;

export interface CacheIdentity {
  version: string;
  planText: string;
  /** undefined: checked without a registry. */
  registryText?: string;
  cwd: string;
}

/** One file's stored result: compact, since a city's cache holds tens of thousands. */
interface Entry {
  /** size, mtimeMs (-1: compare the content), content hash */
  s: number;
  m: number;
  h: string;
  /** the day it was checked (absent: the cache's `day`), and 1 when a later day could change it */
  t?: string;
  dt?: 1;
  /**
   * valid (absent: true), diagnostics, [unit, month] of the usable submission (absent: the ones its
   * path names; 0: none), where the unit is written or 1 if not known
   */
  v?: 0;
  d?: Diagnostic[];
  /** warnings the unit explained (`giai_trinh:`), with its words */
  x?: ExplainedDiagnostic[];
  u?: [string, string] | 0;
  a?: Range | 1;
  /** the lines the code frames show */
  l?: [number, string][];
}

interface Stored {
  format: number;
  key: string;
  /** The day most files were checked: written once rather than with each of thirty thousand entries. */
  day?: string;
  files: Record<string, Entry>;
}

export class ValidationCache implements ResultCache {
  private changed = false;
  readonly hashes = true;

  private constructor(
    readonly file: string,
    private readonly key: string,
    private readonly files: Map<string, Entry>,
  ) {}

  /** The cache at `file` when it matches `identity`; otherwise an empty one. Never throws. */
  static load(file: string, identity: CacheIdentity): ValidationCache {
    const key = cacheKey(identity);
    let files = new Map<string, Entry>();
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Stored>;
      const day = typeof stored.day === 'string' ? stored.day : undefined;
      if (stored.format === FORMAT && stored.key === key && typeof stored.files === 'object' && stored.files !== null) {
        files = new Map();
        for (const [file, e] of Object.entries(stored.files)) {
          if (!isEntry(e)) continue;
          if (e.t === undefined) {
            if (day === undefined) continue;
            e.t = day;
          }
          files.set(file, e);
        }
      }
    } catch {
      // missing, unreadable or not ours: start again
    }
    const cache = new ValidationCache(file, key, files);
    if (files.size === 0) cache.changed = true;
    return cache;
  }

  get size(): number {
    return this.files.size;
  }

  /**
   * The stored result when it still holds for this file today; else, when only the content can
   * tell, the hash it must have.
   */
  lookup(file: string, stat: FileStat, today: string): Lookup {
    const e = this.files.get(file);
    if (!e || !(e.t === today || (e.dt === undefined && today > e.t!))) return {};
    if (e.s === stat.size && e.m === stat.mtimeMs) return { hit: toResult(file, e) };
    return { expectHash: e.h };
  }

  lookupFile(file: string, abs: string, today: string): Lookup {
    let stat: FileStat;
    try {
      stat = statSync(abs);
    } catch {
      // Reading the file will say what is wrong with it.
      return {};
    }
    return this.lookup(file, stat, today);
  }

  /** The stored result after the content turned out unchanged (a touched file, a fresh checkout). */
  reuse(file: string, stat: FileStat, runStarted: number): CachedResult {
    const e = this.files.get(file)!;
    this.files.set(file, { ...e, s: stat.size, m: trustedTime(stat.mtimeMs, runStarted) });
    this.changed = true;
    return toResult(file, e);
  }

  record(
    file: string,
    stat: FileStat,
    contentHash: string,
    today: string,
    runStarted: number,
    result: CachedResult,
  ): void {
    const c = result.checked;
    const r = c.result;
    const e: Entry = {
      s: stat.size,
      m: trustedTime(stat.mtimeMs, runStarted),
      h: contentHash,
      t: today,
      ...(c.dependsOnToday ? { dt: 1 as const } : {}),
      ...(r.valid ? {} : { v: 0 as const }),
      ...(r.diagnostics.length > 0 ? { d: r.diagnostics } : {}),
      ...(r.explained ? { x: r.explained } : {}),
      ...storedUnitMonth(c),
      ...(c.unitAt ? { a: c.unitAt } : c.unitAtPending ? { a: 1 as const } : {}),
      ...(result.lines && result.lines.length > 0 ? { l: result.lines } : {}),
    };
    this.files.set(file, e);
    this.changed = true;
  }

  /** Where the unit id of a stored file is written, once the exact path has found it (for a twin). */
  placeUnit(file: string, unitAt: Range): void {
    const e = this.files.get(file);
    if (e?.a !== 1) return;
    this.files.set(file, { ...e, a: unitAt });
    this.changed = true;
  }

  /** Forgets files that were looked for and are gone (under a folder that was walked, or named but missing). */
  forget(isGone: (file: string) => boolean): void {
    for (const file of this.files.keys()) {
      if (isGone(file)) {
        this.files.delete(file);
        this.changed = true;
      }
    }
  }

  /** Writes the cache if anything changed. Returns the error message if it could not be written. */
  save(): string | undefined {
    if (!this.changed) return undefined;
    // Entries checked on the most common day leave the day out.
    const days = new Map<string, number>();
    for (const e of this.files.values()) days.set(e.t!, (days.get(e.t!) ?? 0) + 1);
    let day: string | undefined;
    for (const [d, n] of days) if (day === undefined || n > days.get(day)!) day = d;
    const files: Record<string, Entry> = {};
    for (const [file, e] of this.files) {
      if (e.t !== day) files[file] = e;
      else {
        const { t: _, ...rest } = e;
        files[file] = rest;
      }
    }
    const stored: Stored = { format: FORMAT, key: this.key, ...(day === undefined ? {} : { day }), files };
    try {
      writeFileAtomic(this.file, JSON.stringify(stored));
      this.changed = false;
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }
}

/** The cache file's name, in the working folder or in a folder given as --cache-location. */
export const CACHE_NAME = '.danvan-cache';

/** The cache file for a --cache-location: the file itself, or .danvan-cache inside a folder. */
export function cacheFileAt(location: string): string {
  try {
    if (statSync(location).isDirectory()) return join(location, CACHE_NAME);
  } catch {
    // not there yet: it is the file
  }
  return location;
}

export function cacheKey(identity: CacheIdentity): string {
  const parts = [
    `danvan ${identity.version}`,
    `format ${FORMAT}`,
    `unicode ${process.versions.unicode ?? ''}`,
    identity.cwd,
    identity.planText,
    identity.registryText ?? '\u0000no registry',
  ];
  return hash('sha256', parts.join('\u0000'), 'base64');
}

function trustedTime(mtimeMs: number, runStarted: number): number {
  return mtimeMs > runStarted - RACY_MS ? -1 : mtimeMs;
}

/** The unit and month to store: nothing when the path names them (most files), 0 when there are none. */
function storedUnitMonth(c: CheckedFile): { u?: [string, string] | 0 } {
  const um = c.unitMonth;
  if (!um) return { u: 0 };
  const shape = pathShape(c.result.file);
  return um.unit === shape.pathUnit && um.period === shape.pathPeriod ? {} : { u: [um.unit, um.period] };
}

function toResult(file: string, e: Entry): CachedResult {
  const shape = pathShape(file);
  const unitMonth =
    e.u === 0
      ? undefined
      : e.u
        ? { unit: e.u[0], period: e.u[1] }
        : shape.pathUnit !== undefined && shape.pathPeriod !== undefined
          ? { unit: shape.pathUnit, period: shape.pathPeriod }
          : undefined;
  const checked: CheckedFile = {
    result: { file, ...shape, diagnostics: e.d ?? [], ...(e.x ? { explained: e.x } : {}), valid: e.v !== 0 },
    ...(unitMonth ? { unitMonth } : {}),
    ...(e.a === 1 ? { unitAtPending: true as const } : e.a ? { unitAt: e.a } : {}),
    ...(e.dt ? { dependsOnToday: true as const } : {}),
  };
  return { checked, ...(e.l ? { lines: e.l } : {}) };
}

function isEntry(e: unknown): e is Entry {
  const x = e as Entry | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.s === 'number' &&
    typeof x.m === 'number' &&
    typeof x.h === 'string' &&
    (x.t === undefined || typeof x.t === 'string') &&
    (x.d === undefined || Array.isArray(x.d)) &&
    (x.x === undefined || Array.isArray(x.x)) &&
    (x.l === undefined || Array.isArray(x.l)) &&
    (x.u === undefined || x.u === 0 || (Array.isArray(x.u) && x.u.length === 2))
  );
}
