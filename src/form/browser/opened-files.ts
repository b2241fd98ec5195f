import type { CarryForward } from '../../core/carry-forward.js';
import type { ReadSubmission } from '../submission-values.js';
import { emptyState, setField, type FormState } from './state.js';

/** What a value read from a file may be: a unit of the list, a month of the plan. */
export interface Known {
  units: ReadonlySet<string>;
  months: readonly string[];
}

const nextMonth = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};

/**
 * Last month's file, taken over as `danvan init --from` does: the reporter, the models, the
 * end-of-month stocks (never a flow); the unit and the month after it, when none is chosen yet.
 */
export function takeCarry(state: FormState, carry: CarryForward, known: Known): void {
  if (state.unit === '' && carry.unit !== undefined && known.units.has(carry.unit)) state.unit = carry.unit;
  if (state.period === '' && carry.period !== undefined && known.months.includes(nextMonth(carry.period)))
    state.period = nextMonth(carry.period);
  for (const key of ['name', 'position', 'phone'] as const)
    if (carry.reporter[key]) state.reporter[key] = carry.reporter[key];
  state.models = carry.models.map((m) => ({ ...m }));
  for (const [ref, value] of carry.stocks) {
    const dot = ref.lastIndexOf('.');
    setField(state, `tasks/${ref.slice(0, dot)}/indicators/${ref.slice(dot + 1)}`, String(value));
  }
  state.carried = { ...(carry.period && { period: carry.period }), stocks: [...carry.stocks] };
}

/** A submission opened to correct it: everything in the form comes from the file. */
export function stateOfSubmission(read: ReadSubmission, known: Known): FormState {
  const state = emptyState();
  state.unit = read.unit !== undefined && known.units.has(read.unit) ? read.unit : '';
  state.period = read.period !== undefined && known.months.includes(read.period) ? read.period : '';
  const v = read.values;
  state.submitted = v.submitted ?? '';
  state.reporter = {
    name: v.reporter?.name ?? '',
    position: v.reporter?.position ?? '',
    phone: v.reporter?.phone ?? '',
  };
  for (const [id, t] of Object.entries(v.tasks ?? {})) {
    state.tasks[id] = {
      status: t.status ?? '',
      indicators: { ...t.indicators },
      summary: t.summary ?? '',
      evidence: (t.evidence ?? []).join('\n'),
      giai_trinh: t.giai_trinh ?? '',
    };
  }
  state.models = (v.models ?? []).map((m) => ({ ...m }));
  state.difficulties = v.difficulties ?? '';
  state.proposals = v.proposals ?? '';
  return state;
}
