import type JSZipType from 'jszip';

/**
 * Re-packs a zip with the same entries in the same order, every entry stamped with one fixed date,
 * so the same workbook gives the same bytes (exceljs stamps entries with the time of the run).
 */
export async function rezipWithDate(data: Uint8Array, date: Date): Promise<Uint8Array> {
  const mod = (await import('jszip')) as unknown as { default?: typeof JSZipType } & typeof JSZipType;
  const JSZip = mod.default ?? mod;
  const input = await JSZip.loadAsync(data);
  const output = new JSZip();
  for (const entry of Object.values(input.files)) {
    if (entry.dir) continue;
    output.file(entry.name, await entry.async('uint8array'), { date, createFolders: false, binary: true });
  }
  return output.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
