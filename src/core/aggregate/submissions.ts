import type { PlanModel } from '../plan.js';
import type { KindRates, RateBlock, ReportUnit, SubmissionCell, SubmissionRow, Submissions } from '../report-model.js';
import { datesDiffer, deadlineOf, judgedDate, type ReceiptRule, type UnitMonthStatus } from '../submission-status.js';
import type { Counted } from './counted.js';
import { daysBetween } from './report-date.js';
import type { ReportResult } from './tally.js';

const emptyBlock = (): RateBlock => ({ expected: 0, received: 0, onTime: 0, late: 0, invalid: 0, missing: 0 });

function addCell(block: RateBlock, cell: SubmissionCell): void {
  block.expected++;
  if (cell.state === 'on-time') {
    block.onTime++;
    block.received++;
  } else if (cell.state === 'late') {
    block.late++;
    block.received++;
  } else if (cell.state === 'invalid') block.invalid++;
  else block.missing++;
}

/** Reporting rate = valid reports received ÷ expected; on-time rate = valid reports on time ÷ expected. */
function withRates<T extends RateBlock>(block: T): T {
  if (block.expected === 0) return block;
  return { ...block, rate: block.received / block.expected, onTimeRate: block.onTime / block.expected };
}

/** Who sent what for each month of the period: every registered unit is expected every month. */
export function submissionFigures<R extends ReportResult>(
  plan: PlanModel,
  counted: Counted<R>,
  units: readonly ReportUnit[],
  months: readonly string[],
  rule: ReceiptRule = 'off',
): Submissions {
  const receipts: Submissions['receipts'] = { rule, differing: [], uncommitted: 0 };
  const byMonth = months.map(
    (month) => new Map<string, UnitMonthStatus<R>>((counted.statuses.get(month) ?? []).map((s) => [s.unit.id, s])),
  );
  const deadlines = months.map((month) => deadlineOf(plan, month));
  const total = emptyBlock();
  const kinds = new Map<string, KindRates>(
    plan.data.unit_kinds.map((k) => [k.id, { kind: k.id, label: k.label, units: 0, ...emptyBlock() }]),
  );
  const rows = units.map((unit, ui): SubmissionRow => {
    const row = emptyBlock();
    const cells = months.map((month, mi): SubmissionCell => {
      const s = byMonth[mi]!.get(unit.id);
      const deadline = deadlines[mi]!;
      const cell: SubmissionCell = {
        month,
        deadline,
        state: s?.state ?? 'missing',
        files: (s?.files ?? []).map((f) => f.file),
        errors: s?.errors ?? 0,
        warnings: s?.warnings ?? 0,
      };
      if (s?.submitted !== undefined) cell.submitted = s.submitted;
      if (s?.received !== undefined) cell.received = s.received;
      const judged = judgedDate(s?.submitted, s?.received);
      if (cell.state === 'late' && judged !== undefined) cell.daysLate = daysBetween(deadline, judged);
      if (cell.state === 'on-time' || cell.state === 'late') {
        if (datesDiffer(cell.submitted, cell.received))
          receipts.differing.push({
            unit: ui,
            month,
            file: cell.files[0] ?? '',
            submitted: cell.submitted!,
            received: cell.received!,
          });
        if (rule === 'git' && cell.received === undefined) receipts.uncommitted++;
      }
      addCell(row, cell);
      addCell(total, cell);
      return cell;
    });
    let kind = kinds.get(unit.kind);
    if (!kind) {
      kind = { kind: unit.kind, label: unit.kindLabel, units: 0, ...emptyBlock() };
      kinds.set(unit.kind, kind);
    }
    kind.units++;
    for (const cell of cells) addCell(kind, cell);
    return withRates({ unit: ui, cells, ...row });
  });
  return {
    months: months.map((month, mi) => ({ month, deadline: deadlines[mi]! })),
    rows,
    total: withRates(total),
    byKind: [...kinds.values()].filter((k) => k.units > 0).map(withRates),
    receipts,
  };
}
