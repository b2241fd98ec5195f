import { Writable } from 'node:stream';
import type * as ExcelJSTypes from 'exceljs';
import type { ReportModel } from '../../core/report-model.js';
import type { StartRows } from './data-rows.js';
import { TemplateError } from '../markdown/render-markdown.js';
import { writeByUnitSheet } from './sheets/by-unit-sheet.js';
import type { SheetContext } from './sheets/context.js';
import { EXCEL_MAX_ROWS, planDataSheet, writeDataSheet } from './sheets/data-sheet.js';
import { writeIndicatorsSheet } from './sheets/indicators-sheet.js';
import { writeModelsSheet } from './sheets/models-sheet.js';
import { writeNarrativesSheet } from './sheets/narratives-sheet.js';
import { writeQualitySheet } from './sheets/quality-sheet.js';
import { writeSubmissionsSheet } from './sheets/submissions-sheet.js';
import { writeSummariesSheet } from './sheets/summaries-sheet.js';
import { writeSummarySheet } from './sheets/summary-sheet.js';
import { writeTasksSheet } from './sheets/tasks-sheet.js';
import { compileWording, headerFooterText, wordingContext, type RawWording } from './workbook-wording.js';
import { setCompany, setDefinedNames } from './streaming-parts.js';
import { repackZip } from './zip-repack.js';
import { holdableText } from '../xml.js';
import { cellText } from './cell-text.js';

/** Sheets in workbook order: the key under `sheets:` in the wording file, and the writer. */
const SHEETS: readonly [string, (ctx: SheetContext) => Promise<void>][] = [
  ['summary', writeSummarySheet],
  ['indicators', writeIndicatorsSheet],
  ['byUnit', writeByUnitSheet],
  ['tasks', writeTasksSheet],
  ['models', writeModelsSheet],
  ['submissions', writeSubmissionsSheet],
  ['quality', writeQualitySheet],
  ['narratives', writeNarrativesSheet],
  ['summaries', writeSummariesSheet],
];

export interface WorkbookWording {
  raw: RawWording;
  /** For messages: the wording file. */
  file: string;
}

export interface WorkbookOptions {
  /** Rows a worksheet holds (Excel's 1,048,576); tests lower it to see the data sheet continue. */
  maxRows?: number;
  /** Compresses the data sheet's rows; by default on this thread. */
  startRows?: StartRows;
}

/** Names Excel accepts for a sheet: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
function checkSheetName(name: string, key: string, file: string, seen: Set<string>): string {
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    holdableText(name) !== name ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw new TemplateError(
      file,
      `Tên trang tính "${name}" (sheets.${key}.name) không hợp lệ: tối đa 31 ký tự, không có : \\ / ? * [ ].`,
    );
  }
  if (seen.has(name.toLocaleLowerCase('vi'))) throw new TemplateError(file, `Hai trang tính cùng tên "${name}".`);
  seen.add(name.toLocaleLowerCase('vi'));
  return name;
}

/**
 * A name Excel accepts for a range: a letter or underscore first, then letters, digits, underscores,
 * dots; and not something Excel would read as a cell (AB12, R1C1) or R / C alone.
 */
function isRangeName(name: string): boolean {
  return (
    /^[A-Za-z_][A-Za-z0-9_.]{0,200}$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc](\d*|[Rr]?\d*[Cc]\d*)$/.test(name)
  );
}

/**
 * The report as an .xlsx file. exceljs is loaded here, on first use, so commands that never write a
 * workbook do not pay for it. Sheets are streamed one after the other through exceljs's streaming
 * writer, so memory never holds the workbook's cells, only the compressed file; the long data
 * sheet's rows are compressed meanwhile on another thread. The file is then re-packed with the
 * report date on every entry and the data rows in place. The bytes depend only on the model and the wording.
 */
export async function renderWorkbook(
  model: ReportModel,
  wording: WorkbookWording,
  options: WorkbookOptions = {},
): Promise<Uint8Array> {
  return (await startWorkbook(model, wording, options)).finish();
}

/** A workbook whose long data sheet is being compressed on another thread (see startWorkbook). */
export interface StartedWorkbook {
  /** Writes the other sheets and puts the file together. */
  finish(): Promise<Uint8Array>;
  /** Stops the data sheet's thread: the workbook will not be finished. */
  cancel(): Promise<void>;
}

/**
 * renderWorkbook in two steps: the long data sheet's rows start compressing on another thread now,
 * and this thread may do other work (the Markdown report) before it finishes the workbook.
 */
export async function startWorkbook(
  model: ReportModel,
  wording: WorkbookWording,
  options: WorkbookOptions = {},
): Promise<StartedWorkbook> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJSTypes } & typeof ExcelJSTypes;
  const ExcelJS = mod.default ?? mod;
  const say = compileWording(wording.raw, wordingContext(model), wording.file);
  const tableName = say('sheets.data.table');
  if (!isRangeName(tableName))
    throw new TemplateError(
      wording.file,
      `Tên vùng số liệu "${tableName}" (sheets.data.table) chỉ được dùng chữ cái không dấu, chữ số, dấu gạch dưới, và không được giống địa chỉ ô (như AB12).`,
    );

  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // A fast compression level: a city's year is some 530 MB of sheet XML. On sheet XML, which repeats
  // itself row after row, level 2 is as fast as level 1 and a tenth smaller (a city's year: 53.6
  // against 59.4 MB); level 3 takes half as long again, level 6 twice as long.
  const level = 2;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useSharedStrings: true,
    useStyles: true,
    zip: { zlib: { level } },
  });
  const date = new Date(`${model.document.date}T00:00:00Z`);
  const org = model.document.organisation;
  const issuer = cellText([org.committee, org.body].filter(Boolean).join(' — ') || model.plan.issuer);
  Object.assign(wb, {
    creator: issuer,
    lastModifiedBy: issuer,
    title: cellText(say('title')),
    subject: cellText(say('subtitle')),
    created: date,
    modified: date,
  });
  setCompany(wb, issuer);

  const seen = new Set<string>();
  const ctx: SheetContext = {
    wb,
    model,
    say,
    pageHeader: headerFooterText(say, 'pageHeader'),
    pageFooter: headerFooterText(say, 'pageFooter'),
    issuer: say('issuer'),
    sheetName: (key) => checkSheetName(say(`sheets.${key}.name`), key, wording.file, seen),
    extraSheetName: (name, key) => checkSheetName(name, key, wording.file, seen),
    tableName,
    definedNames: [],
    maxRows: options.maxRows ?? EXCEL_MAX_ROWS,
    ...(options.startRows ? { startRows: options.startRows } : {}),
    zipLevel: level,
    splices: new Map(),
  };
  // The long data sheet's rows are compressed on another thread while the other sheets are written.
  const data = planDataSheet(ctx);
  return {
    finish: async () => {
      try {
        for (const [, write] of SHEETS) await write(ctx);
        await writeDataSheet(ctx, data);
      } catch (error) {
        await data.cancel();
        throw error;
      }
      setDefinedNames(wb, ctx.definedNames);
      await (wb as unknown as { commit(): Promise<void> }).commit();
      const zip = Buffer.concat(chunks);
      chunks.length = 0;
      const rows = await data.rows;
      const splices = new Map([...ctx.splices].map(([name, part]) => [name, rows[part]!] as const));
      return repackZip(zip, date, { splices });
    },
    cancel: () => data.cancel(),
  };
}
