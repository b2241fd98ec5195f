import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../core/errors.js';
import type { ByteSink } from '../render/byte-sink.js';

/*
 * Files are written whole to a hidden temporary file beside the target, `.‹name›.‹pid›.tmp`, and
 * renamed over it, so an interrupted run leaves the previous file whole (rename is atomic within a
 * folder on POSIX and NTFS). The process id in the name tells a temporary file of a run still going
 * from one left by a run that was killed: the next write of the same file (or, for a report, of any
 * report in the folder) removes the latter.
 */

const TEMP = /^\..+\.(\d+)\.tmp$/;
/** A set of outputs being put in place: `.danvan-write.‹pid›.journal` lists the temporary files and their targets. */
const JOURNAL = /^\.danvan-write\.(\d+)\.journal$/;

const tempName = (file: string) => join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);

function failed(file: string, error: unknown): CliError {
  return new CliError(`Không ghi được tệp "${file}": ${(error as Error).message}`, undefined, { cause: error });
}

/** A target that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) is written in place. */
function isSpecial(file: string): boolean {
  try {
    const existing = statSync(file, { throwIfNoEntry: false });
    return existing !== undefined && !existing.isFile();
  } catch {
    return false; // e.g. a parent that is a file: the write reports it
  }
}

/** Whether a process of this id is running (signal 0 only asks; EPERM means it runs as another user). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Finishes what killed runs left in a folder: a journal means all of its run's temporary files were
 * written, so its renames are completed (the set of outputs is then that run's, whole); temporary
 * files of runs no longer running, with no journal, are removed when `owned` says they are ours (by
 * name, without the leading dot). Runs still going are left alone.
 */
export function recoverFolder(dir: string, owned: (name: string) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // no folder yet, or unreadable: the write itself will say so
  }
  for (const name of names) {
    const m = JOURNAL.exec(name);
    if (!m || running(Number(m[1]))) continue;
    try {
      const pairs = JSON.parse(readFileSync(join(dir, name), 'utf8')) as [string, string][];
      for (const [tmp, target] of pairs) {
        if (statSync(join(dir, tmp), { throwIfNoEntry: false })) renameSync(join(dir, tmp), join(dir, target));
      }
    } catch {
      /* a journal cut short was never in force: its run had not started renaming */
    }
    rmSync(join(dir, name), { force: true });
  }
  for (const name of readdirSync(dir)) {
    const m = TEMP.exec(name);
    if (m && owned(name.slice(1)) && !running(Number(m[1]))) rmSync(join(dir, name), { force: true });
  }
}

/** One file, written whole or not at all. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  writeFilesTogether([{ file, data }]);
}

export interface Output {
  file: string;
  data: string | Uint8Array;
}

/**
 * Several outputs of one run (a report's .md, .xlsx, …) put in place together: every temporary file
 * is written first, then a journal naming them, then all are renamed. A failure while writing leaves
 * every previous output as it was; a kill after the journal is finished by the next write into the
 * folder (recoverFolder), so the outputs found there always come from one run. The files of one set
 * are in one folder (the journal lives there). Stale temporary files of the same names, or of any
 * name starting with `tempPrefix`, are removed first.
 */
export function writeFilesTogether(outputs: readonly Output[], options: { tempPrefix?: string } = {}): void {
  const set = new OutputSet(
    outputs.map((o) => o.file),
    options,
  );
  try {
    for (const o of outputs) set.stage(o.file, o.data);
    set.commit();
  } catch (error) {
    set.abandon();
    throw error instanceof CliError ? error : failed(outputs[0]?.file ?? '', error);
  }
}

/** An output made when its turn comes, written into the sink as it is made. */
export interface OutputInTurn {
  file: string;
  write: (sink: ByteSink) => Promise<void>;
}

/**
 * As writeFilesTogether, with each output made in its turn and each chunk of it written to its
 * temporary file as it comes: a report never holds an output whole (a large set's workbook alone
 * is hundreds of megabytes). If making one fails, its temporary file is closed and, with the
 * others, removed; nothing is put in place and its error is thrown as it is, so that the caller can
 * say what went wrong.
 */
export async function writeFilesInTurn(
  outputs: readonly OutputInTurn[],
  options: { tempPrefix?: string } = {},
): Promise<void> {
  const set = new OutputSet(
    outputs.map((o) => o.file),
    options,
  );
  try {
    for (const o of outputs) await set.stageInTurn(o.file, o.write);
    set.commit();
  } catch (error) {
    set.abandon();
    throw error;
  }
}

/**
 * The temporary files of one set of outputs, written one by one (`stage`), then put in place
 * together (`commit`) or removed (`abandon`). Targets that are devices or pipes are written in place
 * at the commit, after the renames.
 */
class OutputSet {
  private readonly written: string[] = [];
  private readonly special = new Map<string, string | Uint8Array>();
  private readonly files: string[];
  private readonly dir: string | undefined;
  private journal: string | undefined;

  constructor(targets: readonly string[], options: { tempPrefix?: string }) {
    const special = new Set(targets.filter(isSpecial));
    this.files = targets.filter((f) => !special.has(f));
    for (const f of special) this.special.set(f, '');
    const dirs = [...new Set(this.files.map((f) => dirname(f)))];
    if (dirs.length > 1) throw new Error('writeFilesTogether: outputs of one set must share a folder');
    this.dir = dirs[0];
    if (this.dir === undefined) return;
    try {
      mkdirSync(this.dir, { recursive: true });
    } catch (error) {
      throw failed(this.files[0]!, error);
    }
    const names = this.files.map((f) => `${basename(f)}.`);
    recoverFolder(
      this.dir,
      (name) =>
        (options.tempPrefix !== undefined && name.startsWith(options.tempPrefix)) ||
        name.startsWith('danvan-write.') ||
        names.some((t) => name.startsWith(t)),
    );
  }

  stage(file: string, data: string | Uint8Array): void {
    if (this.special.has(file)) {
      this.special.set(file, data);
      return;
    }
    const tmp = tempName(file);
    this.written.push(tmp);
    try {
      writeFileSync(tmp, data);
    } catch (error) {
      throw failed(file, error);
    }
  }

  /**
   * An output written chunk by chunk to its temporary file. The writes are synchronous: the renderer
   * waits for the disk, so what is made is never far ahead of what is written.
   */
  async stageInTurn(file: string, write: (sink: ByteSink) => Promise<void>): Promise<void> {
    if (this.special.has(file)) {
      // A device or a pipe is written at the commit, after the renames: its bytes are gathered.
      const chunks: Uint8Array[] = [];
      await write((chunk) => {
        chunks.push(chunk);
      });
      this.special.set(file, Buffer.concat(chunks));
      return;
    }
    const tmp = tempName(file);
    let fd: number;
    try {
      fd = openSync(tmp, 'w');
    } catch (error) {
      throw failed(file, error);
    }
    this.written.push(tmp);
    try {
      await write((chunk) => {
        try {
          for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
        } catch (error) {
          throw failed(file, error);
        }
      });
    } finally {
      closeSync(fd);
    }
  }

  commit(): void {
    if (this.dir !== undefined) {
      if (this.files.length > 1) {
        this.journal = join(this.dir, `.danvan-write.${process.pid}.journal`);
        const pairs = this.files.map((f) => [basename(tempName(f)), basename(f)]);
        const draft = join(this.dir, `.danvan-write.journal.${process.pid}.tmp`);
        this.written.push(draft);
        writeFileSync(draft, JSON.stringify(pairs));
        renameSync(draft, this.journal);
      }
      for (const f of this.files) {
        try {
          renameSync(tempName(f), f);
        } catch (error) {
          throw failed(f, error);
        }
      }
      if (this.journal) rmSync(this.journal, { force: true });
      this.written.length = 0;
      this.journal = undefined;
    }
    for (const [file, data] of this.special) {
      try {
        writeFileSync(file, data);
      } catch (error) {
        throw failed(file, error);
      }
    }
  }

  /** Removes what was written: the previous outputs stay as they were. */
  abandon(): void {
    for (const tmp of this.written) {
      try {
        rmSync(tmp, { force: true });
      } catch {
        /* the folder itself is unusable: nothing was written */
      }
    }
    if (this.journal) rmSync(this.journal, { force: true });
  }
}
