/// <reference lib="dom" />
import type { CarriedModel } from '../../core/carry-forward.js';
import type { FilledValues } from '../../core/init-template.js';

export interface TaskState {
  status: string;
  indicators: Record<string, string>;
  summary: string;
  /** As typed: one document per line. */
  evidence: string;
  /** The unit's explanation of the task's warnings (`giai_trinh`). */
  giai_trinh: string;
}

/** Everything the person has entered; kept as a draft in the browser after every change. */
export interface FormState {
  unit: string;
  period: string;
  submitted: string;
  reporter: { name: string; position: string; phone: string };
  tasks: Record<string, TaskState>;
  models: CarriedModel[];
  difficulties: string;
  proposals: string;
  /** The month whose file was opened as last month's, and the stocks taken from it (for the comments). */
  carried?: { period?: string; stocks: [string, number][] };
}

export function emptyState(): FormState {
  return {
    unit: '',
    period: '',
    submitted: '',
    reporter: { name: '', position: '', phone: '' },
    tasks: {},
    models: [],
    difficulties: '',
    proposals: '',
  };
}

export function taskState(state: FormState, id: string): TaskState {
  state.tasks[id] ??= { status: '', indicators: {}, summary: '', evidence: '', giai_trinh: '' };
  return state.tasks[id];
}

/** The state as the YAML writer takes it. */
export function filledValues(state: FormState): FilledValues {
  return {
    submitted: state.submitted,
    reporter: state.reporter,
    tasks: Object.fromEntries(
      Object.entries(state.tasks).map(([id, t]) => [
        id,
        { ...t, evidence: t.evidence.split('\n').filter((l) => l.trim() !== '') },
      ]),
    ),
    models: state.models,
    difficulties: state.difficulties,
    proposals: state.proposals,
  };
}

/** Sets the value a field key names (`reporter/name`, `tasks/UB.1/indicators/x`, `models/0/name`). */
export function setField(state: FormState, key: string, value: string): void {
  const [head, a, b, c] = key.split('/');
  if (head === 'reporter' && (a === 'name' || a === 'position' || a === 'phone')) state.reporter[a] = value;
  else if (head === 'tasks' && a !== undefined) {
    const task = taskState(state, a);
    if (b === 'indicators' && c !== undefined) task.indicators[c] = value;
    else if (b === 'status' || b === 'summary' || b === 'evidence' || b === 'giai_trinh') task[b] = value;
  } else if (head === 'models' && a !== undefined && b !== undefined) {
    const model = state.models[Number(a)];
    if (model) model[b as keyof CarriedModel] = value;
  } else if (
    head === 'submitted' ||
    head === 'difficulties' ||
    head === 'proposals' ||
    head === 'unit' ||
    head === 'period'
  )
    state[head] = value;
}

export function getField(state: FormState, key: string): string {
  const [head, a, b, c] = key.split('/');
  if (head === 'reporter' && (a === 'name' || a === 'position' || a === 'phone')) return state.reporter[a];
  if (head === 'tasks' && a !== undefined) {
    const task = state.tasks[a];
    if (!task) return '';
    if (b === 'indicators' && c !== undefined) return task.indicators[c] ?? '';
    // A draft stored before the explanation field has none.
    if (b === 'status' || b === 'summary' || b === 'evidence' || b === 'giai_trinh') return task[b] ?? '';
    return '';
  }
  if (head === 'models' && a !== undefined && b !== undefined)
    return state.models[Number(a)]?.[b as keyof CarriedModel] ?? '';
  if (head === 'submitted' || head === 'difficulties' || head === 'proposals' || head === 'unit' || head === 'period')
    return state[head];
  return '';
}

const draftKey = (planNumber: string) => `danvan-form:${planNumber}`;

/** The draft, if one is stored and readable; a storage the browser refuses is no draft. */
export function loadDraft(planNumber: string): FormState | undefined {
  try {
    const raw = localStorage.getItem(draftKey(planNumber));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<FormState>;
    const base = emptyState();
    return { ...base, ...parsed, reporter: { ...base.reporter, ...parsed.reporter } };
  } catch {
    return undefined;
  }
}

/** Stores the draft; false when the browser refuses (private window, storage full). */
export function saveDraft(planNumber: string, state: FormState): boolean {
  try {
    localStorage.setItem(draftKey(planNumber), JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(planNumber: string): void {
  try {
    localStorage.removeItem(draftKey(planNumber));
  } catch {
    // nothing stored, nothing to clear
  }
}
