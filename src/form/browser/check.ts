import type { Diagnostic } from '../../core/diagnostics.js';
import { buildInitTemplate } from '../../core/init-template.js';
import type { PlanModel } from '../../core/plan.js';
import type { Registry, Unit } from '../../core/units.js';
import { checkSubmissionFile } from '../../core/validate/validate-file.js';
import { filledValues, type FormState } from './state.js';

/** The file the form saves, exactly: `danvan init`'s template with the person's values. */
export function submissionText(plan: PlanModel, unit: Unit, state: FormState, schemaRef: string): string {
  const carry = state.carried
    ? {
        reporter: {},
        models: [],
        stocks: new Map(state.carried.stocks),
        ...(state.carried.period && { period: state.carried.period }),
      }
    : undefined;
  return buildInitTemplate({
    plan,
    unit,
    period: state.period,
    schemaRef,
    values: filledValues(state),
    ...(carry && { carry }),
  });
}

const encoder = new TextEncoder();

/**
 * `danvan validate`'s check of that text, as if it were `<YYYY-MM>/<unit>.yaml` in the submissions
 * folder. The exact path: it gives the fast path's result on every file (the differential tests
 * hold them equal) and needs none of Node's built-ins.
 */
export function checkText(
  plan: PlanModel,
  registry: Registry,
  text: string,
  state: FormState,
  today: string,
): Diagnostic[] {
  const input = { bytes: encoder.encode(text), file: `${state.period}/${state.unit}.yaml`, plan, registry, today };
  return checkSubmissionFile(input, { fastPath: false }).result.diagnostics;
}

/**
 * The form fields a finding concerns, by key. The finding's place in the document names one field
 * (or the task or model around it); a plan rule also names the indicators on both of its sides, and
 * each of them is marked.
 */
export function fieldsOf(d: Diagnostic, known: ReadonlySet<string>): string[] {
  const keys = new Set<string>();
  if (d.code === 'rule') {
    for (const side of [d.args.left, d.args.right]) {
      if (!side.ref) continue;
      const dot = side.ref.lastIndexOf('.');
      const key = `tasks/${side.ref.slice(0, dot)}/indicators/${side.ref.slice(dot + 1)}`;
      if (known.has(key)) keys.add(key);
    }
  }
  const path = d.path.map(String);
  for (let n = path.length; n > 0 && keys.size === 0; n--) {
    const key = path.slice(0, n).join('/');
    if (known.has(key)) keys.add(key);
  }
  return [...keys];
}
