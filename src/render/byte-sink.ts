/**
 * Where a renderer puts its output, chunk after chunk, in order. The command's sink writes each chunk
 * to the output's temporary file as it comes (src/io), so a large workbook is never whole in memory;
 * a promise returned means "wait before the next chunk".
 */
export type ByteSink = (chunk: Uint8Array) => void | Promise<void>;

/** An output's bytes, gathered whole (for tests and small outputs). */
export async function collectBytes(write: (sink: ByteSink) => Promise<void>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await write((chunk) => {
    chunks.push(chunk);
  });
  return Buffer.concat(chunks);
}
