import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * The docx package writes the time of the run into docProps/core.xml and into every zip entry, and
 * numbers its pictures from a counter that runs on from one document to the next in a process; the
 * same report must give the same bytes, so the dates become the report's, the pictures are numbered
 * 1, 2, 3… in each part, and the package is zipped again in the order the library wrote it.
 */
export function fixPackage(bytes: Uint8Array, isoDate: string): Uint8Array {
  const entries = unzipSync(bytes);
  const stamp = `${isoDate}T00:00:00Z`;
  // zip entries hold local date and time: a local midnight gives the same bytes in every time zone.
  const mtime = new Date(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    let fixed = data;
    if (name === 'docProps/core.xml') {
      fixed = strToU8(
        strFromU8(data).replace(
          /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
          `$1${stamp}$2`,
        ),
      );
    } else if (name.startsWith('word/') && name.endsWith('.xml')) {
      const xml = strFromU8(data);
      let id = 0;
      if (xml.includes('<wp:docPr '))
        fixed = strToU8(xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++id}"`));
    }
    files[name] = [fixed, { mtime, level: 6 }];
  }
  return zipSync(files, { mtime });
}
