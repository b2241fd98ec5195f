import type { ReportModel } from '../../../core/report-model.js';
import type { Words } from '../workbook-wording.js';

/** What each sheet gets. */
export interface SheetContext {
  model: ReportModel;
  say: Words;
  /** Page header and footer, already in Excel's header syntax. */
  pageHeader: string;
  pageFooter: string;
  /** "QUẬN ỦY HAI BÀ TRƯNG — BAN DÂN VẬN" line on top of every sheet. */
  issuer: string;
  /** Sheet name from the wording, checked. */
  sheetName: (key: string) => string;
  /** Another sheet's name, checked against the others (a long table's continuation sheets). */
  extraSheetName: (name: string, key: string) => string;
  /** The name of the data range of the data sheet(s), checked. */
  tableName: string;
  /** Rows an Excel worksheet holds; smaller in tests, to see the data continue on a second sheet. */
  maxRows: number;
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
