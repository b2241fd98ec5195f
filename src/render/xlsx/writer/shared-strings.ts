import { XML_DECLARATION } from '../../ooxml/relationships.js';
import { escapeXml } from '../../xml.js';
import { IndexedList } from './indexed-list.js';

/** The workbook's table of texts: a text used in many cells is written once, cells refer to it by index. */
export class SharedStrings {
  private readonly texts = new IndexedList();
  /** Cells that refer to the table (Excel's count, as against the unique texts). */
  private uses = 0;

  id(text: string): number {
    this.uses++;
    return this.texts.id(text);
  }

  /** The part, in pieces (a city's table holds tens of thousands of texts). */
  *xml(): Generator<string> {
    yield XML_DECLARATION;
    yield `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.texts.items.length}">`;
    let chunk = '';
    for (const t of this.texts.items) {
      chunk += `<si>${textElement(t)}</si>`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}</sst>`;
  }
}

/** A <t> element: spaces at the ends and line breaks kept, markup escaped. */
export const textElement = (text: string) =>
  /^\s|\n|\s$/.test(text) ? `<t xml:space="preserve">${escapeXml(text)}</t>` : `<t>${escapeXml(text)}</t>`;
