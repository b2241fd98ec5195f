import type * as ExcelJS from 'exceljs';
import type { ReportModel } from '../../../core/report-model.js';
import type { Words } from '../workbook-wording.js';

/** What each sheet writer gets. */
export interface SheetContext {
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
}

export const label = (items: readonly { id: string; label: string }[], id: string): string => items.find((i) => i.id === id)?.label ?? id;

/** Whether units of a kind report a task (their kind covers the task's group). */
export function reportsTask(model: ReportModel, taskId: string, kind: string): boolean {
  const group = taskId.slice(0, taskId.indexOf('.'));
  return model.vocab.unitKinds.find((k) => k.id === kind)?.groups.includes(group) ?? false;
}
