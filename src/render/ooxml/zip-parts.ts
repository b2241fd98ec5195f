import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { type AsyncFlateStreamHandler, Zip, type ZipInputFile } from 'fflate';
import type { ByteSink } from '../byte-sink.js';

/**
 * On sheet XML and document XML, which repeat themselves row after row, level 2 is as fast as level 1
 * and a tenth smaller; level 3 takes half as long again.
 */
export const LEVEL = 2;

/** An entry's data, already deflated (raw), in pieces, with the CRC-32 and length of what it holds. */
export interface DeflatedPart {
  data: Uint8Array<ArrayBuffer>[];
  crc: number;
  size: number;
}

/**
 * A zip entry fed with deflated bytes from outside fflate: Node's zlib (which compresses on its own
 * threads) or a worker thread. fflate writes the headers, the data descriptor and the directory.
 */
class DeflatedEntry implements ZipInputFile {
  readonly compression = 8;
  readonly os = 0;
  readonly attrs = 0;
  crc = 0;
  size = 0;
  ondata?: AsyncFlateStreamHandler;
  constructor(
    readonly filename: string,
    readonly mtime: Date,
  ) {}
  data(chunk: Uint8Array<ArrayBuffer>): void {
    this.ondata?.(null, chunk, false);
  }
  end(crc: number, size: number): void {
    this.crc = crc;
    this.size = size;
    this.ondata?.(null, new Uint8Array(0), true);
  }
}

/** Bytes zlib, or the sink, may have waiting before writing pauses. */
const BACKLOG = 8 << 20;

/**
 * An Office package's zip (the workbook's, the Word document's), written entry after entry: fflate
 * lays out the container, every entry is stamped with the report date, and the zip's bytes go to the
 * sink as they are made (a slow sink makes writing wait). Entries are added one at a time and each
 * is finished before the next begins.
 */
export class ZipParts {
  /** Zip bytes made and not yet taken by the sink, in order. */
  private readonly pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private pumping: Promise<void> | undefined;
  private readonly zip: Zip;
  private failure: Error | undefined;
  /**
   * fflate writes an entry's date in the machine's local time: a date whose local fields are the
   * report date's gives the same bytes in every time zone.
   */
  private readonly mtime: Date;

  constructor(
    date: string,
    private readonly sink: ByteSink,
  ) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    this.mtime = new Date(y, m - 1, d);
    this.zip = new Zip((error, data) => {
      if (error) this.failure ??= error;
      else if (data.length > 0) this.push(data);
    });
  }

  /** A small part, whole: XML text, or bytes (a picture). */
  add(name: string, xml: string | Iterable<string> | Uint8Array): void {
    const bytes =
      xml instanceof Uint8Array ? xml : Buffer.from(typeof xml === 'string' ? xml : [...xml].join(''), 'utf8');
    this.addDeflated(name, { data: [deflateRawSync(bytes, { level: LEVEL })], crc: crc32(bytes), size: bytes.length });
  }

  /** A part deflated elsewhere (a worker thread). */
  addDeflated(name: string, part: DeflatedPart): void {
    const entry = this.entry(name);
    for (const piece of part.data) entry.data(piece);
    entry.end(part.crc, part.size);
  }

  /**
   * A long part written piece by piece: Node's zlib compresses on its own threads while this one
   * makes the next rows, and writing waits while zlib is far behind, so a sheet or a document body
   * never sits whole in memory.
   */
  stream(name: string): PartStream {
    const entry = this.entry(name);
    const deflate = createDeflateRaw({ level: LEVEL });
    deflate.on('data', (chunk: Buffer<ArrayBuffer>) => entry.data(chunk));
    const ended = new Promise<void>((resolve, reject) => {
      deflate.on('end', resolve);
      deflate.on('error', reject);
    });
    let crc = 0;
    let size = 0;
    return {
      write: async (xml) => {
        const bytes = Buffer.from(xml, 'utf8');
        crc = crc32(bytes, crc);
        size += bytes.length;
        deflate.write(bytes);
        if (deflate.writableLength >= BACKLOG) await new Promise((resolve) => deflate.once('drain', resolve));
        await this.room();
      },
      end: async () => {
        deflate.end();
        await ended;
        entry.end(crc, size);
      },
    };
  }

  /** Ends the zip; resolves once the sink has taken every byte. */
  async finish(): Promise<void> {
    this.zip.end();
    await this.flushed();
  }

  /** Resolves once the sink has taken every byte made so far. */
  async flushed(): Promise<void> {
    while (this.pumping) await this.pumping;
    if (this.failure) throw this.failure;
  }

  /** Waits while the sink is far behind; throws what went wrong in the zip or the sink. */
  private async room(): Promise<void> {
    while (this.pumping && this.pendingBytes >= BACKLOG) await this.pumping;
    if (this.failure) throw this.failure;
  }

  private push(chunk: Uint8Array): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (!this.pumping) this.drain();
  }

  /**
   * Hands the pending bytes to the sink in order: at once while it takes them without waiting, else
   * the next chunk when it is ready (`pumping` is then the wait).
   */
  private drain(): void {
    while (this.pending.length > 0 && !this.failure) {
      const chunk = this.pending.shift()!;
      let wait: void | Promise<void>;
      try {
        wait = this.sink(chunk);
      } catch (error) {
        this.fail(error);
        return;
      }
      if (wait) {
        this.pumping = wait.then(
          () => {
            this.pumping = undefined;
            this.pendingBytes -= chunk.length;
            this.drain();
          },
          (error: unknown) => {
            this.pumping = undefined;
            this.fail(error);
          },
        );
        return;
      }
      this.pendingBytes -= chunk.length;
    }
  }

  private fail(error: unknown): void {
    this.failure ??= error as Error;
    this.pending.length = 0;
    this.pendingBytes = 0;
  }

  private entry(name: string): DeflatedEntry {
    const entry = new DeflatedEntry(name, this.mtime);
    this.zip.add(entry);
    if (this.failure) throw this.failure;
    return entry;
  }
}

export interface PartStream {
  /** Adds XML (best in pieces of some hundred kilobytes); resolves when more may be written. */
  write(xml: string): Promise<void>;
  end(): Promise<void>;
}
