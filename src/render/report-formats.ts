import type { ReportModel } from '../core/report-model.js';
import type { ByteSink } from './byte-sink.js';
import type { WorkbookWording } from './xlsx/render-workbook.js';
import type { DeflateRows } from './xlsx/writer/columnar-rows.js';

/*
 * The report's formats, in one table: adding a format is one renderer file and one line here, and a
 * format left out of the table is a compile error. Renderers (the Word document's and the workbook's
 * writers, with the zip library) are loaded here and nowhere else, only for a format that was asked for.
 */

export const REPORT_FORMATS = ['docx', 'xlsx', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderInput {
  model: ReportModel;
  /** The Markdown report; rendered once, it is also the Word document's wording. */
  markdown?: string;
  wording?: WorkbookWording;
  /** How the workbook's long data sheet is made and compressed (a worker thread, given by the command). */
  deflateRows?: DeflateRows;
}

/** Writes its output into the sink, chunk after chunk (a workbook is never whole in memory). */
export type Renderer = (input: RenderInput, sink: ByteSink) => Promise<void>;

export interface FormatEntry {
  /** Needs the Markdown templates (the wording of the .md and the .docx). */
  markdown: boolean;
  /** Needs the workbook's wording (templates/workbook.yaml). */
  wording: boolean;
  load: () => Promise<Renderer>;
}

const needed = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} was not prepared for this format`);
  return value;
};

export const REPORT_RENDERERS: Record<ReportFormat, FormatEntry> = {
  docx: {
    markdown: true,
    wording: false,
    load: async () => {
      const { writeDocx } = await import('./docx/render-docx.js');
      return (input, sink) => writeDocx({ model: input.model, markdown: needed(input.markdown, 'markdown') }, sink);
    },
  },
  xlsx: {
    markdown: false,
    wording: true,
    load: async () => {
      const { writeReportWorkbook } = await import('./xlsx/render-workbook.js');
      return (input, sink) =>
        writeReportWorkbook(
          input.model,
          needed(input.wording, 'wording'),
          sink,
          input.deflateRows ? { deflateRows: input.deflateRows } : {},
        );
    },
  },
  md: {
    markdown: true,
    wording: false,
    load: async () => async (input, sink) => sink(Buffer.from(needed(input.markdown, 'markdown'), 'utf8')),
  },
};
