import type { ReportModel } from '../../core/report-model.js';
import { type ByteSink, collectBytes } from '../byte-sink.js';
import { TemplateError } from '../markdown/render-markdown.js';
import { holdableText } from '../xml.js';
import { cellText } from './cell-text.js';
import { byUnitSheets } from './sheets/by-unit-sheet.js';
import type { SheetContext } from './sheets/context.js';
import { dataSheets, EXCEL_MAX_ROWS } from './sheets/data-sheet.js';
import { indicatorsSheets } from './sheets/indicators-sheet.js';
import { modelsSheets } from './sheets/models-sheet.js';
import { narrativesSheets } from './sheets/narratives-sheet.js';
import { qualitySheets } from './sheets/quality-sheet.js';
import { submissionsSheets } from './sheets/submissions-sheet.js';
import { summariesSheets } from './sheets/summaries-sheet.js';
import { summarySheets } from './sheets/summary-sheet.js';
import { tasksSheets } from './sheets/tasks-sheet.js';
import { compileWording, headerFooterText, type RawWording, wordingContext } from './workbook-wording.js';
import type { DeflateRows } from './writer/columnar-rows.js';
import type { SheetSpec } from './writer/sheet-spec.js';
import { writeWorkbook } from './writer/write-workbook.js';

/** Sheets in workbook order (the long data sheet last: its rows may still be in the making while these are written). */
const SHEETS: readonly ((ctx: SheetContext) => SheetSpec[])[] = [
  summarySheets,
  indicatorsSheets,
  byUnitSheets,
  tasksSheets,
  modelsSheets,
  submissionsSheets,
  qualitySheets,
  narrativesSheets,
  summariesSheets,
];

export interface WorkbookWording {
  raw: RawWording;
  /** For messages: the wording file. */
  file: string;
}

export interface WorkbookOptions {
  /** Rows a worksheet holds (Excel's 1,048,576); tests lower it to see the data sheet continue. */
  maxRows?: number;
  /** Makes and compresses the long data sheet's rows; by default on this thread. */
  deflateRows?: DeflateRows;
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

/** The .xlsx bytes, gathered whole (the command writes them to the file as they come: writeReportWorkbook). */
export const renderWorkbook = (
  model: ReportModel,
  wording: WorkbookWording,
  options: WorkbookOptions = {},
): Promise<Uint8Array> => collectBytes((sink) => writeReportWorkbook(model, wording, sink, options));

/**
 * The report as an .xlsx file, into the sink. The sheets declare their columns and layout; the
 * workbook writer (writer/) turns them into the file, the long data sheet's rows made by `deflateRows`
 * (on another thread when the caller gives one that does). The bytes depend only on the model and the
 * wording.
 */
export async function writeReportWorkbook(
  model: ReportModel,
  wording: WorkbookWording,
  sink: ByteSink,
  options: WorkbookOptions = {},
): Promise<void> {
  const say = compileWording(wording.raw, wordingContext(model), wording.file);
  const tableName = say('sheets.data.table');
  if (!isRangeName(tableName))
    throw new TemplateError(
      wording.file,
      `Tên vùng số liệu "${tableName}" (sheets.data.table) chỉ được dùng chữ cái không dấu, chữ số, dấu gạch dưới, và không được giống địa chỉ ô (như AB12).`,
    );
  const org = model.document.organisation;
  const issuer = cellText([org.committee, org.body].filter(Boolean).join(' — ') || model.plan.issuer);
  const seen = new Set<string>();
  const ctx: SheetContext = {
    model,
    say,
    pageHeader: headerFooterText(say, 'pageHeader'),
    pageFooter: headerFooterText(say, 'pageFooter'),
    issuer: say('issuer'),
    sheetName: (key) => checkSheetName(say(`sheets.${key}.name`), key, wording.file, seen),
    extraSheetName: (name, key) => checkSheetName(name, key, wording.file, seen),
    tableName,
    maxRows: options.maxRows ?? EXCEL_MAX_ROWS,
  };
  const sheets = SHEETS.flatMap((make) => make(ctx));
  const data = dataSheets(ctx);
  return writeWorkbook(
    {
      date: model.document.date,
      properties: {
        creator: issuer,
        title: cellText(say('title')),
        subject: cellText(say('subtitle')),
        company: issuer,
      },
      sheets: [...sheets, ...data.sheets],
      names: data.names,
    },
    sink,
    options.deflateRows,
  );
}
