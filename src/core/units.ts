import type { Diagnostic } from './diagnostics.js';
import type { PlanModel } from './plan.js';
import { compileValidator, loadPrecompiled } from './precompiled/validators.js';
import { parseSetupFile } from './setup-file.js';
import { buildUnitsSchema, type Unit, type UnitsFile } from './submission-schema.js';

export type { Unit } from './submission-schema.js';

export interface Registry {
  units: readonly Unit[];
  byId: ReadonlyMap<string, Unit>;
}

/** Loads the precompiled validator of this plan's units schema, when the build made one for it. */
export function loadRegistryValidator(plan: PlanModel): Promise<void> {
  return loadPrecompiled([buildUnitsSchema(plan)]);
}

/** Parses a unit registry (units.yaml) and checks it against the plan's unit kinds. */
export function loadRegistry(text: string, file: string, plan: PlanModel): { registry?: Registry; diagnostics: Diagnostic[] } {
  const parsed = parseSetupFile<UnitsFile>(text, file, compileValidator(buildUnitsSchema(plan)));
  if (!parsed.data) return { diagnostics: parsed.diagnostics };
  const units = parsed.data.units.map((u) => ({ ...u, name: u.name.normalize('NFC') }));
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, Unit>();
  units.forEach((u, i) => {
    if (byId.has(u.id)) diagnostics.push(parsed.at('units-duplicate-id', ['units', i, 'id'], { id: u.id }));
    else byId.set(u.id, u);
  });
  units.forEach((u, i) => {
    if (u.parent !== undefined && !byId.has(u.parent)) {
      diagnostics.push(parsed.at('units-unknown-parent', ['units', i, 'parent'], { id: u.id, parent: u.parent }));
    }
  });
  if (diagnostics.length > 0) return { diagnostics };
  return { registry: { units, byId }, diagnostics };
}

/** Groups of tasks a unit reports, from its kind. */
export function groupsOfUnit(plan: PlanModel, unit: Unit): readonly string[] {
  return plan.kinds.get(unit.kind)?.groups ?? [];
}
