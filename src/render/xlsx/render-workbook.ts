import type * as ExcelJSTypes from 'exceljs';
import type { ReportModel } from '../../core/report-model.js';
import { TemplateError } from '../markdown/render-markdown.js';
import { rezipWithDate } from './fixed-zip.js';
import { writeByUnitSheet } from './sheets/by-unit-sheet.js';
import type { SheetContext } from './sheets/context.js';
import { writeDataSheet } from './sheets/data-sheet.js';
import { writeIndicatorsSheet } from './sheets/indicators-sheet.js';
import { writeModelsSheet } from './sheets/models-sheet.js';
import { writeNarrativesSheet } from './sheets/narratives-sheet.js';
import { writeQualitySheet } from './sheets/quality-sheet.js';
import { writeSubmissionsSheet } from './sheets/submissions-sheet.js';
import { writeSummariesSheet } from './sheets/summaries-sheet.js';
import { writeSummarySheet } from './sheets/summary-sheet.js';
import { writeTasksSheet } from './sheets/tasks-sheet.js';
import { compileWording, headerFooterText, wordingContext, type RawWording } from './workbook-wording.js';

/** Sheets in workbook order: the key under `sheets:` in the wording file, and the writer. */
const SHEETS: readonly [string, (ctx: SheetContext) => void][] = [
  ['summary', writeSummarySheet],
  ['indicators', writeIndicatorsSheet],
  ['byUnit', writeByUnitSheet],
  ['tasks', writeTasksSheet],
  ['models', writeModelsSheet],
  ['submissions', writeSubmissionsSheet],
  ['quality', writeQualitySheet],
  ['narratives', writeNarrativesSheet],
  ['summaries', writeSummariesSheet],
  ['data', writeDataSheet],
];

export interface WorkbookWording {
  raw: RawWording;
  /** For messages: the wording file. */
  file: string;
}

/** Names Excel accepts for a sheet: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
function checkSheetName(name: string, key: string, file: string, seen: Set<string>): string {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new TemplateError(file, `Tên trang tính "${name}" (sheets.${key}.name) không hợp lệ: tối đa 31 ký tự, không có : \\ / ? * [ ].`);
  }
  if (seen.has(name.toLocaleLowerCase('vi'))) throw new TemplateError(file, `Hai trang tính cùng tên "${name}".`);
  seen.add(name.toLocaleLowerCase('vi'));
  return name;
}

/**
 * The report as an .xlsx file. exceljs is loaded here, on first use, so commands that never write a
 * workbook do not pay for it. The bytes depend only on the model and the wording: the document's
 * dates are the report date, and the zip is re-packed with that date on every entry.
 */
export async function renderWorkbook(model: ReportModel, wording: WorkbookWording): Promise<Uint8Array> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJSTypes } & typeof ExcelJSTypes;
  const ExcelJS = mod.default ?? mod;
  const say = compileWording(wording.raw, wordingContext(model), wording.file);
  const tableName = say('sheets.data.table');
  if (!/^[A-Za-z_][A-Za-z0-9_.]{0,254}$/.test(tableName)) throw new TemplateError(wording.file, `Tên bảng "${tableName}" (sheets.data.table) chỉ được dùng chữ cái không dấu, chữ số, dấu gạch dưới.`);

  const wb = new ExcelJS.Workbook();
  const date = new Date(`${model.document.date}T00:00:00Z`);
  const org = model.document.organisation;
  const issuer = [org.committee, org.body].filter(Boolean).join(' — ') || model.plan.issuer;
  wb.creator = issuer;
  wb.lastModifiedBy = issuer;
  wb.title = say('title');
  wb.subject = say('subtitle');
  wb.company = issuer;
  wb.created = date;
  wb.modified = date;
  wb.calcProperties = { fullCalcOnLoad: false };

  const seen = new Set<string>();
  const ctx: SheetContext = {
    wb, model, say,
    pageHeader: headerFooterText(say, 'pageHeader'),
    pageFooter: headerFooterText(say, 'pageFooter'),
    issuer: say('issuer'),
    sheetName: (key) => checkSheetName(say(`sheets.${key}.name`), key, wording.file, seen),
  };
  for (const [, write] of SHEETS) write(ctx);
  const buffer = await wb.xlsx.writeBuffer({ useSharedStrings: true, useStyles: true } as ExcelJSTypes.XlsxWriteOptions);
  return rezipWithDate(new Uint8Array(buffer as ArrayBuffer), date);
}
