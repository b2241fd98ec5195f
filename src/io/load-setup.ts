import { SetupError } from '../core/errors.js';
import { loadPlan, type PlanModel } from '../core/plan.js';
import { loadRegistry, type Registry } from '../core/units.js';
import { readText } from './read-text.js';

export function loadPlanFile(file: string): PlanModel {
  const { plan, diagnostics } = loadPlan(readText(file, 'tệp kế hoạch'), file);
  if (!plan) throw new SetupError(file, diagnostics);
  return plan;
}

export function loadRegistryFile(file: string, plan: PlanModel): Registry {
  const { registry, diagnostics } = loadRegistry(readText(file, 'danh sách đơn vị'), file, plan);
  if (!registry) throw new SetupError(file, diagnostics);
  return registry;
}
