import type { StartRows } from '../data-rows.js';
import type * as ExcelJS from 'exceljs';
import type { ReportModel } from '../../../core/report-model.js';
import type { Words } from '../workbook-wording.js';

/** What each sheet writer gets. */
export interface SheetContext {
  /** exceljs's streaming workbook: each sheet is written once, in order, and committed. */
  wb: ExcelJS.Workbook;
  model: ReportModel;
  say: Words;
  /** Page header and footer, already in Excel's header syntax. */
  pageHeader: string;
  pageFooter: string;
  /** "QUẬN ỦY HAI BÀ TRƯNG — BAN DÂN VẬN" line on top of every sheet. */
  issuer: string;
  /** Sheet name from the wording, checked. */
  sheetName: (key: string) => string;
  /** Another sheet's name, checked against the others (the data sheet's continuation sheets). */
  extraSheetName: (name: string, key: string) => string;
  /** The name of the data range of the data sheet(s), checked. */
  tableName: string;
  /** Workbook-level names (the data ranges), added when the workbook is written. */
  definedNames: { name: string; range: string }[];
  /** Rows an Excel worksheet holds; smaller in tests, to see the data continue on a second sheet. */
  maxRows: number;
  /** Compresses the data sheet's rows (on a worker thread when the caller gives one that does). */
  startRows?: StartRows;
  /** The zip's compression level. */
  zipLevel: number;
  /** Sheets whose rows are compressed apart (the data sheets): zip entry → part of the data sheet plan. */
  splices: Map<string, number>;
}

export const label = (items: readonly { id: string; label: string }[], id: string): string =>
  items.find((i) => i.id === id)?.label ?? id;

const groupsByKind = new WeakMap<ReportModel, Map<string, readonly string[]>>();

/**
 * Whether units of a kind report a task (their kind covers the task's group). Asked for every unit
 * and indicator of a sheet: the kinds' groups are looked up in a map made once per report.
 */
export function reportsTask(model: ReportModel, taskId: string, kind: string): boolean {
  let kinds = groupsByKind.get(model);
  if (!kinds) groupsByKind.set(model, (kinds = new Map(model.vocab.unitKinds.map((k) => [k.id, k.groups]))));
  return kinds.get(kind)?.includes(taskId.slice(0, taskId.indexOf('.'))) ?? false;
}
