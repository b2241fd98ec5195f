import type { Organisation } from '../../core/config-schema.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type {
  Figure,
  FileFinding,
  IndicatorRow,
  Narrative,
  RatioFigure,
  ReportModel,
  ReportUnit,
  TaskRow,
} from '../../core/report-model.js';
import type { NoteText } from '../../core/notes/notes-schema.js';
import { parsePeriod, type Period } from '../../core/period.js';
import { showsReceipt, type SubmissionState } from '../../core/submission-status.js';
import { diagnosticMessage } from '../../i18n/diagnostic-messages.js';
import { reportLabels } from '../report-labels.js';
import { dateShort, monthShort, periodLabel, roman } from '../vi-format.js';
import { excerpt, mdInline, mermaidLabel, trusted, type Md } from './escape.js';

/*
 * The variables a Markdown template sees (documented in the README for --template). Every string is
 * already inert Markdown (see escape.ts); numbers stay numbers and are written with the helpers
 * (num, pct, signed, signedPct, points). Nothing here is wording of the report: that is the template's.
 */

const HIGHLIGHTS = 3;
const EXCERPT = 220;

export interface UnitRef {
  id: Md;
  name: Md;
  kind: Md;
  kindLabel: Md;
}
export interface FigureView extends Figure {
  /** True when the figure is a partial sum or leaves out some units. */ incomplete: boolean;
}

export interface ReportView {
  plan: { number: Md; title: Md; subject: Md; issuer: Md; date: Md; year: number; deadlineDay: number };
  period: {
    id: Md;
    kind: string;
    label: Md;
    chartLabel: string;
    isMonth: boolean;
    months: { id: Md; label: Md; deadline: Md }[];
  };
  /**
   * The previous period: `label` names what it holds ("quý I/2020 (chỉ có tháng 3)"); `shown` when it
   * has a column at all (some month inside the plan); `whole` when changes are given (wholly inside).
   */
  previous: { id: Md; label: Md; periodLabel: Md; shown: boolean; whole: boolean };
  /** The period after this one, for "Phương hướng, nhiệm vụ tháng 5/2020". */
  next: { id: Md; label: Md };
  /** The secretariat's own words (notes/<period>.yaml); `present` false when there is no notes file. */
  notes: { present: boolean; strengths: NoteView; shortcomings: NoteView; causes: NoteView; direction: NoteView };
  ytd: { label: Md; months: number };
  header: {
    committee: Md;
    body: Md;
    party: Md;
    place: Md;
    numberLine: Md;
    dateLine: Md;
    date: Md;
    dateIsDefault: boolean;
  };
  signer: { onBehalf: Md; title: Md; name: Md };
  recipients: Md[];
  /** Recipients beside the signature block, row by row, for a two-column closing table. */
  closing: { recipient: Md; sign: Md }[];
  submissions: {
    total: ReportModel['submissions']['total'];
    units: number;
    byKind: (ReportModel['submissions']['byKind'][number] & { label: Md })[];
    /** For periods of several months: each unit's state per month. */
    matrix: {
      unit: UnitRef;
      cells: { state: SubmissionState; submitted: Md; daysLate?: number }[];
      received: number;
      onTime: number;
    }[];
    /** `received`: the receipt date where it is shown beside the written one (later, or more than a day apart), else ''. */
    late: { unit: UnitRef; month: Md; submitted: Md; received: Md; deadline: Md; daysLate: number }[];
    /** `git`: lateness judged by receipt dates too; `differing`: files whose two dates are more than a day apart. */
    receipts: {
      rule: string;
      git: boolean;
      uncommitted: number;
      differing: { unit: UnitRef; month: Md; file: Md; submitted: Md; received: Md }[];
    };
    missing: { unit: UnitRef; months: Md[] }[];
    invalid: { unit: UnitRef | undefined; unitId: Md; month: Md; file: Md; errors: number; reason: string }[];
  };
  ratios: {
    id: Md;
    label: Md;
    numeratorLabel: Md;
    denominatorLabel: Md;
    period: RatioFigure;
    ytd: RatioFigure;
    previous?: RatioFigure;
    change?: number;
  }[];
  groups: {
    id: Md;
    label: Md;
    roman: Md;
    number: number;
    tasks: {
      id: Md;
      label: Md;
      expected: number;
      notReported: number;
      statusCounts: { status: Md; label: Md; count: number }[];
      hasIndicators: boolean;
      indicators: {
        ref: Md;
        id: Md;
        label: Md;
        measure: Md;
        kind: 'flow' | 'stock';
        isStock: boolean;
        period: FigureView;
        ytd: FigureView;
        previous?: FigureView;
        change?: IndicatorRow['change'];
      }[];
      highlights: { unit: UnitRef; month: Md; text: Md }[];
      moreSummaries: number;
    }[];
  }[];
  models: {
    byType: { type: Md; label: Md; total: number; new: number; effective: number }[];
    byField: {
      field: Md;
      label: Md;
      chartLabel: string;
      total: number;
      byType: { type: Md; total: number; new: number; effective: number }[];
    }[];
    byStatus: { status: Md; label: Md; total: number; new: number }[];
    types: { id: Md; label: Md }[];
    total: number;
    newItems: { unit: UnitRef; name: Md; typeLabel: Md; fieldLabel: Md; statusLabel: Md; result: Md }[];
    disappeared: { unit: UnitRef; name: Md; typeLabel: Md; fieldLabel: Md; lastSeen: Md }[];
    unitsWithList: number;
  };
  difficulties: NarrativeView[];
  proposals: NarrativeView[];
  quality: {
    excluded: FindingView[];
    warnings: FindingView[];
    /** Warnings of counted files, not counting those explained. */
    warningCount: number;
    explained: ExplainedView[];
    unplaced: FindingView[];
    excludedEarlier: number;
    gaps: { unit: UnitRef; count: number; refs: Md; labels: Md }[];
    findings: number;
  };
}

/** A section of the notes: paragraphs, or list items when the secretariat wrote a list; blank when empty. */
export interface NoteView {
  blank: boolean;
  list: boolean;
  paragraphs: Md[];
}

/** Identical statements from several units are quoted once, with all their names. */
export interface NarrativeView {
  units: UnitRef[];
  unitNames: Md;
  months: Md;
  text: Md;
}

/** A warning the unit explained (`giai_trinh:`), with its words. */
export interface ExplainedView {
  file: Md;
  unit: UnitRef;
  month: Md;
  line: number;
  column: number;
  task: Md;
  taskLabel: Md;
  check: Md;
  message: Md;
  explanation: Md;
}

export interface FindingView {
  file: Md;
  unit: UnitRef | undefined;
  unitId: Md;
  month: Md;
  reason: string;
  items: { line: number; column: number; code: Md; severity: string; message: Md }[];
}

function unitRef(u: ReportUnit): UnitRef {
  return { id: mdInline(u.id), name: mdInline(u.name), kind: mdInline(u.kind), kindLabel: mdInline(u.kindLabel) };
}

const figureView = (f: Figure): FigureView => ({
  ...f,
  incomplete: f.value !== undefined && (f.missing > 0 || f.partial > 0),
});

function findingView(f: FileFinding, units: UnitRef[]): FindingView {
  return {
    file: mdInline(f.file),
    unit: f.unit === undefined ? undefined : units[f.unit],
    unitId: mdInline(f.unitId),
    month: f.month ? trusted(monthShort(f.month)) : trusted(''),
    reason: f.reason ?? 'errors',
    items: f.diagnostics.map((d: Diagnostic) => ({
      line: d.line,
      column: d.column,
      code: mdInline(d.code),
      severity: d.severity,
      message: mdInline(diagnosticMessage(d, 'vi')),
    })),
  };
}

function narrativeViews(items: readonly Narrative[], units: UnitRef[], model: ReportModel): NarrativeView[] {
  const groups = new Map<string, { units: number[]; months: Set<string>; text: string }>();
  for (const n of items) {
    const key = n.text.replace(/\s+/g, ' ').trim();
    const g = groups.get(key) ?? { units: [], months: new Set<string>(), text: n.text };
    if (!g.units.includes(n.unit)) g.units.push(n.unit);
    g.months.add(n.month);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => {
    const refs = g.units.map((i) => units[i]!);
    return {
      units: refs,
      unitNames: trusted(refs.map((r) => r.name).join(', ')),
      months: trusted(
        model.period.months
          .filter((m) => g.months.has(m))
          .map(monthShort)
          .join(', '),
      ),
      text: mdInline(g.text),
    };
  });
}

/** The signature block, top to bottom, with room to sign above the name. */
function signatureLines(o: Organisation, rows: number): string[] {
  const top = [...(o.signer?.on_behalf ? [o.signer.on_behalf] : []), o.signer?.title ?? ''];
  const gap = Math.max(rows - top.length - 1, 3);
  return [...top, ...Array<string>(gap).fill(''), o.signer?.name ?? ''];
}

/** Notable summaries of a task: the units with the largest value of its first indicator, then unit order. */
function highlights(task: TaskRow, units: UnitRef[]): ReportView['groups'][number]['tasks'][number]['highlights'] {
  const first = task.indicators[0];
  const weight = (unit: number) => first?.unitValues[unit] ?? -1;
  return [...task.summaries]
    .sort((a, b) => weight(b.unit) - weight(a.unit) || a.unit - b.unit)
    .slice(0, HIGHLIGHTS)
    .sort((a, b) => a.unit - b.unit)
    .map((s) => ({
      unit: units[s.unit]!,
      month: trusted(monthShort(s.month)),
      text: mdInline(excerpt(s.text, EXCERPT)),
    }));
}

const noteView = (t: NoteText | undefined): NoteView => ({
  blank: !t || t.items.length === 0,
  list: t?.list ?? false,
  paragraphs: (t?.items ?? []).map(mdInline),
});

/** The period of the same kind right after this one (2020-04 → 2020-05, 2020-Q4 → 2021-Q1). */
function nextPeriod(p: Period): Period {
  const last = p.months[p.months.length - 1] ?? `${p.year}-12`;
  const index = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const id =
    p.kind === 'month'
      ? `${year}-${String(month).padStart(2, '0')}`
      : p.kind === 'quarter'
        ? `${year}-Q${Math.ceil(month / 3)}`
        : p.kind === 'half'
          ? `${year}-H${month <= 6 ? 1 : 2}`
          : String(year);
  return parsePeriod(id) ?? p;
}

export function buildReportView(model: ReportModel): ReportView {
  const units = model.units.map(unitRef);
  const label = (items: { id: string; label: string }[], id: string) => items.find((i) => i.id === id)?.label ?? id;
  const o = model.document.organisation;
  const labels = reportLabels(model);
  const recipients = (o.recipients ?? []).map((r) => mdInline(r.replace(/^\s*-\s*/, '')));
  const sign = signatureLines(o, recipients.length + 1).map(mdInline);
  const closing = Array.from({ length: Math.max(recipients.length + 1, sign.length) }, (_, i) => ({
    recipient: i === 0 ? trusted('') : (recipients[i - 1] ?? trusted('')),
    sign: sign[i] ?? trusted(''),
  }));
  // The first closing row is the table's header row in the default template: "Nơi nhận:" over the first signature line.
  const s = model.submissions;
  const missingByUnit = new Map<number, string[]>();
  const late: ReportView['submissions']['late'] = [];
  for (const row of s.rows) {
    for (const c of row.cells) {
      if (c.state === 'missing') missingByUnit.set(row.unit, [...(missingByUnit.get(row.unit) ?? []), c.month]);
      if (c.state === 'late') {
        late.push({
          unit: units[row.unit]!,
          month: trusted(monthShort(c.month)),
          submitted: trusted(c.submitted ? dateShort(c.submitted) : ''),
          received: trusted(showsReceipt(c.submitted, c.received) ? dateShort(c.received) : ''),
          deadline: trusted(dateShort(c.deadline)),
          daysLate: c.daysLate ?? 0,
        });
      }
    }
  }
  const excluded = model.quality.excluded.map((f) => findingView(f, units));
  const byField = model.models.byField.map((f) => ({
    field: mdInline(f.field),
    label: mdInline(f.label),
    chartLabel: mermaidLabel(f.label),
    total: f.total,
    byType: f.byType.map((t) => ({ ...t, type: mdInline(t.type) })),
  }));
  const byStatus = model.vocab.modelStatuses.map((st) => {
    const cells = model.models.counts.filter((c) => c.status === st.id);
    return {
      status: mdInline(st.id),
      label: mdInline(st.label),
      total: cells.reduce((n, c) => n + c.total, 0),
      new: cells.reduce((n, c) => n + c.new, 0),
    };
  });
  const total = s.total;
  const indicatorLabels = new Map(
    model.groups.flatMap((g) =>
      g.tasks.flatMap((t) => t.indicators.map((i) => [i.ref, `${i.label} (${t.id})`] as const)),
    ),
  );
  return {
    plan: {
      number: mdInline(model.plan.number),
      title: mdInline(model.plan.title),
      subject: mdInline(labels.planSubject),
      issuer: mdInline(model.plan.issuer),
      date: trusted(labels.planDate),
      year: model.plan.year,
      deadlineDay: model.plan.deadlineDay,
    },
    period: {
      id: mdInline(model.period.id),
      kind: model.period.kind,
      label: mdInline(labels.period),
      chartLabel: mermaidLabel(labels.period),
      isMonth: model.period.kind === 'month',
      months: s.months.map((m) => ({
        id: mdInline(m.month),
        label: trusted(monthShort(m.month)),
        deadline: trusted(dateShort(m.deadline)),
      })),
    },
    previous: {
      id: mdInline(model.comparison.period.id),
      label: mdInline(labels.previous),
      periodLabel: mdInline(labels.previousPeriod),
      shown: model.comparison.coverage !== 'none',
      whole: model.comparison.coverage === 'whole',
    },
    next: (() => {
      const n = nextPeriod(model.period);
      return { id: mdInline(n.id), label: mdInline(periodLabel(n)) };
    })(),
    notes: {
      present: model.document.notes !== undefined,
      strengths: noteView(model.document.notes?.strengths),
      shortcomings: noteView(model.document.notes?.shortcomings),
      causes: noteView(model.document.notes?.causes),
      direction: noteView(model.document.notes?.direction),
    },
    ytd: { label: mdInline(labels.ytd), months: model.ytdMonths.length },
    header: {
      committee: mdInline(o.committee),
      body: mdInline(o.body),
      party: mdInline(o.party),
      place: mdInline(o.place),
      numberLine: mdInline(labels.numberLine),
      dateLine: mdInline(labels.dateLine),
      date: trusted(labels.date),
      dateIsDefault: model.document.dateIsDefault,
    },
    signer: {
      onBehalf: mdInline(o.signer?.on_behalf),
      title: mdInline(o.signer?.title),
      name: mdInline(o.signer?.name),
    },
    recipients,
    closing,
    submissions: {
      total,
      units: model.units.length,
      byKind: s.byKind.map((k) => ({ ...k, label: mdInline(k.label) })),
      matrix: s.rows.map((r) => ({
        unit: units[r.unit]!,
        cells: r.cells.map((c) => ({
          state: c.state,
          submitted: trusted(c.submitted ? dateShort(c.submitted) : ''),
          ...(c.daysLate === undefined ? {} : { daysLate: c.daysLate }),
        })),
        received: r.received,
        onTime: r.onTime,
      })),
      late,
      missing: [...missingByUnit.entries()].map(([u, months]) => ({
        unit: units[u]!,
        months: months.map((m) => trusted(monthShort(m))),
      })),
      invalid: excluded.map((f) => ({
        unit: f.unit,
        unitId: f.unitId,
        month: f.month,
        file: f.file,
        errors: f.items.length,
        reason: f.reason,
      })),
      receipts: {
        rule: s.receipts.rule,
        git: s.receipts.rule === 'git',
        uncommitted: s.receipts.uncommitted,
        differing: s.receipts.differing.map((d) => ({
          unit: units[d.unit]!,
          month: trusted(monthShort(d.month)),
          file: mdInline(d.file),
          submitted: trusted(dateShort(d.submitted)),
          received: trusted(dateShort(d.received)),
        })),
      },
    },
    ratios: model.ratios.map((r) => ({
      id: mdInline(r.id),
      label: mdInline(r.label),
      numeratorLabel: mdInline(r.numerator.label),
      denominatorLabel: mdInline(r.denominator.label),
      period: r.period,
      ytd: r.ytd,
      ...(r.previous === undefined ? {} : { previous: r.previous }),
      ...(r.change === undefined ? {} : { change: r.change }),
    })),
    groups: model.groups.map((g, gi) => ({
      id: mdInline(g.id),
      label: mdInline(g.label),
      roman: trusted(roman(gi + 1)),
      number: gi + 1,
      tasks: g.tasks.map((t) => {
        const shown = highlights(t, units);
        return {
          id: mdInline(t.id),
          label: mdInline(t.label),
          expected: t.expected,
          notReported: t.notReported,
          statusCounts: t.statusCounts.map((c) => ({
            status: mdInline(c.status),
            label: mdInline(c.label),
            count: c.count,
          })),
          hasIndicators: t.indicators.length > 0,
          indicators: t.indicators.map((i) => ({
            ref: mdInline(i.ref),
            id: mdInline(i.id),
            label: mdInline(i.label),
            measure: mdInline(i.measure),
            kind: i.kind,
            isStock: i.kind === 'stock',
            period: figureView(i.period),
            ytd: figureView(i.ytd),
            ...(i.previous === undefined ? {} : { previous: figureView(i.previous) }),
            ...(i.change ? { change: i.change } : {}),
          })),
          highlights: shown,
          moreSummaries: t.summaries.length - shown.length,
        };
      }),
    })),
    models: {
      byType: model.models.byType.map((t) => ({ ...t, type: mdInline(t.type), label: mdInline(t.label) })),
      byField,
      byStatus,
      types: model.vocab.modelTypes.map((t) => ({ id: mdInline(t.id), label: mdInline(t.label) })),
      total: model.models.items.length,
      newItems: model.models.items
        .filter((i) => i.isNew)
        .map((i) => ({
          unit: units[i.unit]!,
          name: mdInline(i.name),
          typeLabel: mdInline(label(model.vocab.modelTypes, i.type)),
          fieldLabel: mdInline(label(model.vocab.modelFields, i.field)),
          statusLabel: mdInline(label(model.vocab.modelStatuses, i.status)),
          result: mdInline(i.result),
        })),
      disappeared: model.models.disappeared.map((d) => ({
        unit: units[d.unit]!,
        name: mdInline(d.name),
        typeLabel: mdInline(label(model.vocab.modelTypes, d.type)),
        fieldLabel: mdInline(label(model.vocab.modelFields, d.field)),
        lastSeen: trusted(monthShort(d.lastSeen)),
      })),
      unitsWithList: model.models.unitsWithList,
    },
    difficulties: narrativeViews(model.difficulties, units, model),
    proposals: narrativeViews(model.proposals, units, model),
    quality: {
      excluded,
      warnings: model.quality.warnings.map((f) => findingView(f, units)),
      warningCount: model.quality.warnings.reduce((n, f) => n + f.diagnostics.length, 0),
      explained: model.quality.explained.map((e) => ({
        file: mdInline(e.file),
        unit: units[e.unit]!,
        month: trusted(monthShort(e.month)),
        line: e.diagnostic.line,
        column: e.diagnostic.column,
        task: mdInline(e.task),
        taskLabel: mdInline(e.taskLabel),
        check: mdInline(e.check),
        message: mdInline(diagnosticMessage(e.diagnostic, 'vi')),
        explanation: mdInline(e.explanation),
      })),
      unplaced: model.quality.unplaced.map((f) => findingView(f, units)),
      excludedEarlier: model.quality.excludedEarlier,
      gaps: model.quality.gaps.map((g) => ({
        unit: units[g.unit]!,
        count: g.refs.length,
        refs: mdInline(g.refs.join(', ')),
        labels: mdInline(g.refs.map((r) => indicatorLabels.get(r) ?? r).join('; ')),
      })),
      findings:
        model.quality.excluded.length +
        model.quality.warnings.length +
        model.quality.explained.length +
        model.quality.unplaced.length +
        model.quality.gaps.length +
        s.receipts.differing.length,
    },
  };
}
