import type * as Crypto from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PlanModel } from '../core/plan.js';
import type { Registry } from '../core/units.js';
import { MAX_FILE_BYTES } from '../core/validate/bytes.js';
import { checkSubmissionFile, oversizedFile, withoutData, type CheckedFile } from '../core/validate/validate-file.js';
import { linesForFrames } from '../render/diagnostics/code-frame.js';

/** One file to check: where it is, how it is shown, and the content hash a stored result was made from. */
export interface FileJob {
  abs: string;
  file: string;
  /** When the stored result for this file may still hold: if the content hashes to this, it is not checked again. */
  expectHash?: string;
}

export interface JobSetup {
  plan: PlanModel;
  registry?: Registry;
  today: string;
  /** Keep each valid file's data (status, report need it; validate does not). */
  keepData: boolean;
  /** Hash the content, for the cache. */
  hash: boolean;
}

/** What became of a file job; plain data, so that it can come back from a worker thread. */
export type JobOutcome =
  | { kind: 'checked'; size: number; mtimeMs: number; hash?: string; checked: CheckedFile; lines?: [number, string][] }
  /** The content is the one the stored result was made from. */
  | { kind: 'unchanged'; size: number; mtimeMs: number; hash: string }
  /** Not a file that can be read: a link in a loop, a pipe or a device, no permission… */
  | { kind: 'unreadable'; code?: string; message: string };

// Opening a named pipe for reading would wait for a writer; without waiting, fstat then tells it is no file.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The error of an open file that is not a regular file, in the form the others have. */
const notRegular = (): NodeJS.ErrnoException => Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });

/**
 * A regular file's bytes, or its size when it is over `limit` (then it is not read), from one open
 * and one fstat of that open handle — a file swapped between a check and the read is not read.
 * Pipes, devices and folders throw (code ENOTREG or the system's).
 */
export function readRegularFile(abs: string, limit: number): { bytes?: Uint8Array; size: number; mtimeMs: number } {
  const fd = openSync(abs, OPEN_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw notRegular();
    return { size: info.size, mtimeMs: info.mtimeMs, ...(info.size <= limit ? { bytes: readAll(fd, info.size) } : {}) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and checks one file. The lines the code frames of its findings show are kept now, while the
 * text is at hand, so the text itself is let go at once: memory does not grow with the input. The
 * bytes live in a buffer the next file reuses, so nothing may keep them past this call.
 */
export function runFileJob(job: FileJob, setup: JobSetup): JobOutcome {
  let size: number;
  let mtimeMs: number;
  let bytes: Uint8Array | undefined;
  try {
    // One open, one stat, one read: a file too large is never read.
    ({ size, mtimeMs, bytes } = readRegularFile(job.abs, MAX_FILE_BYTES));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { kind: 'unreadable', ...(e.code ? { code: e.code } : {}), message: e.message };
  }
  if (!bytes) return { kind: 'checked', size, mtimeMs, checked: oversizedFile(job.file, size) };
  const digest = setup.hash ? contentHash(bytes) : undefined;
  if (digest !== undefined && digest === job.expectHash) return { kind: 'unchanged', size, mtimeMs, hash: digest };
  const full = checkSubmissionFile({
    bytes,
    file: job.file,
    plan: setup.plan,
    registry: setup.registry,
    today: setup.today,
  });
  const checked = setup.keepData ? full : withoutData(full);
  const diagnostics = checked.result.diagnostics;
  const lines = diagnostics.length > 0 ? [...linesForFrames(new TextDecoder().decode(bytes), diagnostics)] : undefined;
  return {
    kind: 'checked',
    size,
    mtimeMs,
    ...(digest !== undefined ? { hash: digest } : {}),
    checked,
    ...(lines && lines.length > 0 ? { lines } : {}),
  };
}

/**
 * One buffer per thread, reused for every file: the bytes are needed only while the file is checked
 * (the check keeps text, never bytes), and allocating thirty thousand buffers would only wait for
 * the garbage collector.
 */
let shared = Buffer.allocUnsafe(64 * 1024);

function readAll(fd: number, size: number): Uint8Array {
  if (shared.length < size) shared = Buffer.allocUnsafe(Math.max(size, shared.length * 2));
  let read = 0;
  while (read < size) {
    const n = readSync(fd, shared, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return shared.subarray(0, read);
}

// node:crypto is loaded only for --cache: loading it is a noticeable part of checking one file.
const require = createRequire(import.meta.url);
let crypto: typeof Crypto | undefined;

/** Enough to tell a changed file from an unchanged one; not a security boundary. */
export function contentHash(bytes: Uint8Array): string {
  crypto ??= require('node:crypto') as typeof Crypto;
  return crypto.hash('sha1', bytes, 'base64');
}
