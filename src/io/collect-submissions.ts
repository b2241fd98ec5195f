import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import type { FileResult } from '../core/file-result.js';
import type { PlanModel } from '../core/plan.js';
import type { Registry } from '../core/units.js';
import { MAX_FILE_BYTES } from '../core/validate/bytes.js';
import { checkAcrossFiles, findTwins } from '../core/validate/cross-file.js';
import { checkSubmissionExact, checkSubmissionFile, oversizedFile, type CheckedFile } from '../core/validate/validate-file.js';
import { linesForFrames, type SourceLines } from '../render/diagnostics/code-frame.js';
import { unreadable, walkYamlFiles } from './walk.js';

export interface CollectOptions {
  paths: string[];
  plan: PlanModel;
  registry?: Registry;
  /** YYYY-MM-DD (see io/today.ts). */
  today: string;
  cwd: string;
  /** Files never taken as submissions even when under a given folder (unit registry, config, plan). */
  exclude?: readonly string[];
}

export interface CollectedSubmissions {
  results: FileResult[];
  /** For each file with findings, the lines its code frames show, by shown path. Valid files keep nothing. */
  sources: Map<string, SourceLines>;
}

/**
 * Reads and validates every .yaml/.yml file under the paths (files or folders, recursively), runs the
 * cross-file checks, and returns one FileResult per file, sorted by file path. Unreadable paths throw
 * CliError (exit 2).
 */
export async function collectSubmissions(options: CollectOptions): Promise<FileResult[]> {
  return (await collectSubmissionsWithSources(options)).results;
}

/** As collectSubmissions, also keeping the text of files with findings (for the stylish code frame). */
export async function collectSubmissionsWithSources(options: CollectOptions): Promise<CollectedSubmissions> {
  const files = await walkYamlFiles(options.paths, options.cwd, options.exclude);
  const sources = new Map<string, SourceLines>();
  const checked: CheckedFile[] = [];
  const absOf = new Map<string, string>();
  // Reads overlap with validation a few files at a time; order is restored by the sort in checkAcrossFiles.
  const queue = [...files];
  const worker = async () => {
    for (let abs = queue.shift(); abs !== undefined; abs = queue.shift()) {
      const file = shownPath(abs, options.cwd);
      absOf.set(file, abs);
      const info = await stat(abs).catch((e: NodeJS.ErrnoException) => { throw unreadable(file, e); });
      if (info.size > MAX_FILE_BYTES) {
        checked.push(oversizedFile(file, info.size));
        continue;
      }
      const bytes = await readFile(abs).catch((e: NodeJS.ErrnoException) => { throw unreadable(file, e); });
      const result = checkSubmissionFile({ bytes, file, plan: options.plan, registry: options.registry, today: options.today });
      checked.push(result);
      if (result.result.diagnostics.length > 0) sources.set(file, linesForFrames(new TextDecoder().decode(bytes), result.result.diagnostics));
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, files.length) }, worker));
  // A file the fast path settled does not know where its unit id is written; only a file with a
  // twin needs it, for the duplicate's line and column: the exact path finds it.
  for (const twins of findTwins(checked)) {
    for (const f of twins) {
      if (!f.unitAtPending) continue;
      const abs = absOf.get(f.result.file)!;
      const bytes = await readFile(abs).catch((e: NodeJS.ErrnoException) => { throw unreadable(f.result.file, e); });
      const exact = checkSubmissionExact({ bytes, file: f.result.file, plan: options.plan, registry: options.registry, today: options.today });
      if (exact.unitAt) f.unitAt = exact.unitAt;
      delete f.unitAtPending;
    }
  }
  const results = checkAcrossFiles(checked);
  // A file flagged only across files (a duplicate) was valid alone: read its text again for the frame.
  for (const r of results) {
    const abs = absOf.get(r.file);
    if (abs && r.diagnostics.length > 0 && !r.diagnostics.some((d) => d.code === 'file-too-large')) {
      const before = sources.get(r.file);
      if (!before || r.diagnostics.some((d) => !before.has(d.line))) {
        sources.set(r.file, linesForFrames(new TextDecoder().decode(await readFile(abs).catch(() => new Uint8Array())), r.diagnostics));
      }
    }
  }
  return { results, sources };
}

/** Relative to the working folder when inside it (what the user typed), else absolute; always with "/". */
export function shownPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  return sep === '\\' ? shown.split(sep).join('/') : shown;
}
