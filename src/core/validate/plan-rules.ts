import type { RuleOperand } from '../diagnostics.js';
import type { PlanRule } from '../plan-schema.js';
import type { PlanModel } from '../plan.js';
import { pathKey, type Findings, type Locate } from './findings.js';

type Operand = PlanRule['left'] | PlanRule['right'];

const compare: Record<string, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '=': (a, b) => a === b,
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface RuleContext {
  plan: PlanModel;
  at: Locate;
  data: Record<string, unknown>;
  findings: Findings;
  /** Indicator paths whose value was reported as wrong: never used in a comparison. */
  badNumbers: ReadonlySet<string>;
}

/** A rule's side, split once per plan rather than once per file. */
interface CompiledOperand {
  value?: number;
  ref?: string;
  task: string;
  id: string;
  label?: string;
}

interface CompiledRule {
  rule: PlanRule;
  left: CompiledOperand;
  right: CompiledOperand;
  when?: { left: CompiledOperand; right: CompiledOperand };
}

const compiled = new WeakMap<PlanModel, CompiledRule[]>();

function compiledRules(plan: PlanModel): CompiledRule[] {
  let rules = compiled.get(plan);
  if (!rules) {
    const side = (o: Operand): CompiledOperand => {
      if (typeof o === 'number') return { value: o, task: '', id: '' };
      const dot = o.lastIndexOf('.');
      return { ref: o, task: o.slice(0, dot), id: o.slice(dot + 1), label: plan.indicators.get(o)?.indicator.label };
    };
    rules = plan.data.rules.map((rule) => ({
      rule,
      left: side(rule.left),
      right: side(rule.right),
      ...(rule.when ? { when: { left: side(rule.when.left), right: side(rule.when.right) } } : {}),
    }));
    compiled.set(plan, rules);
  }
  return rules;
}

/**
 * Layer 4: the plan's rules, and the checks every plan gets. Runs on whatever part of the data is
 * well-formed, so a unit sees a rule broken even while fixing a typo elsewhere; a rule is checked
 * only when both of its sides (and its `when`) have a value.
 */
export function checkPlanRules(ctx: RuleContext): void {
  const { plan, data, findings } = ctx;
  const tasks = isRecord(data.tasks) ? data.tasks : {};

  const operand = (o: CompiledOperand): RuleOperand | undefined => {
    if (o.value !== undefined) return { value: o.value };
    const entry = tasks[o.task];
    const indicators = isRecord(entry) && isRecord(entry.indicators) ? entry.indicators : undefined;
    const value = indicators?.[o.id];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return undefined;
    if (ctx.badNumbers.size > 0 && ctx.badNumbers.has(pathKey(['tasks', o.task, 'indicators', o.id]))) return undefined;
    return { ref: o.ref, label: o.label, value };
  };

  for (const { rule, left: l0, right: r0, when } of compiledRules(plan)) {
    if (when) {
      const l = operand(when.left);
      const r = operand(when.right);
      if (!l || !r || !compare[rule.when!.operator]!(l.value, r.value)) continue;
    }
    const left = operand(l0);
    const right = operand(r0);
    if (!left || !right || compare[rule.operator]!(left.value, right.value)) continue;
    const ref = left.ref ?? (typeof rule.left === 'string' ? rule.left : '');
    const dot = ref.lastIndexOf('.');
    const path = ['tasks', ref.slice(0, dot), 'indicators', ref.slice(dot + 1)];
    findings.add('rule', rule.severity, ctx.at(path, 'value'), path, {
      rule: rule.id,
      message: rule.message,
      left,
      operator: rule.operator,
      right,
    });
  }

  const required = new Set(plan.data.summary_required_for);
  for (const [task, entry] of Object.entries(tasks)) {
    if (!plan.tasks.has(task) || findings.hasAt(['tasks', task]) || findings.hasAt(['tasks', task, 'status'])) continue;
    if (!isRecord(entry) || typeof entry.status !== 'string' || !required.has(entry.status)) continue;
    if (typeof entry.summary === 'string' && entry.summary.trim() !== '') continue;
    if (entry.summary !== undefined && typeof entry.summary !== 'string') continue;
    const path = ['tasks', task, 'status'];
    findings.warning('summary-empty', ctx.at(path, 'value'), path, {
      task,
      taskLabel: plan.tasks.get(task)?.task.label,
      status: entry.status,
      statusLabel: plan.taskStatuses.get(entry.status) ?? entry.status,
    });
  }

  if (Array.isArray(data.models)) {
    const first = new Map<string, number>();
    data.models.forEach((m, i) => {
      if (!isRecord(m) || typeof m.id !== 'string') return;
      const seen = first.get(m.id);
      if (seen === undefined) {
        first.set(m.id, i);
        return;
      }
      const path = ['models', i, 'id'];
      findings.error('duplicate-model-id', ctx.at(path, 'value'), path, { id: m.id, firstIndex: seen + 1 });
    });
  }
}
