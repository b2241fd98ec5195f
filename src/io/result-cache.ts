import type { Range } from '../core/validate/findings.js';
import type { CheckedFile } from '../core/validate/validate-file.js';

// Apart from the store itself (validation-cache.ts): a run without --cache loads none of it, node:crypto included.

export interface FileStat {
  size: number;
  mtimeMs: number;
}

export interface CachedResult {
  checked: CheckedFile;
  lines?: [number, string][];
}

export type Lookup = { hit: CachedResult } | { expectHash?: string };

/**
 * What the validation run asks of a store of earlier results. Without --cache it is `noCache`,
 * which holds nothing and keeps nothing, so the run has one path whether the cache is on or off.
 */
export interface ResultCache {
  /** Whether file contents are hashed, for `record`. */
  readonly hashes: boolean;
  /** The stored result of a file as it is on disk now; or, when only the content can tell, its expected hash. */
  lookupFile(file: string, abs: string, today: string): Lookup;
  reuse(file: string, stat: FileStat, runStarted: number): CachedResult;
  record(
    file: string,
    stat: FileStat,
    contentHash: string,
    today: string,
    runStarted: number,
    result: CachedResult,
  ): void;
  placeUnit(file: string, unitAt: Range): void;
  forget(isGone: (file: string) => boolean): void;
}

export const noCache: ResultCache = {
  hashes: false,
  lookupFile: () => ({}),
  // Never asked: nothing is looked up, so no content is ever found unchanged.
  reuse: () => {
    throw new Error('noCache holds no result to reuse');
  },
  record: () => {},
  placeUnit: () => {},
  forget: () => {},
};
