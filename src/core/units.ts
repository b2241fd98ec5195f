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
export function loadRegistry(
  text: string,
  file: string,
  plan: PlanModel,
): { registry?: Registry; diagnostics: Diagnostic[] } {
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
  const index = new Map(units.map((u, i) => [u.id, i]));
  for (const cycle of parentCycles(units, byId)) {
    diagnostics.push(parsed.at('units-parent-cycle', ['units', index.get(cycle[0]!)!, 'parent'], { cycle }));
  }
  if (diagnostics.length > 0) return { diagnostics };
  return { registry: { units, byId }, diagnostics };
}

/**
 * Each loop of units that are, through their parents, their own parent: a unit's totals would be
 * counted under itself. Each loop once, starting at its first unit in the registry's order, that
 * unit repeated at the end (`a → b → a`).
 */
function parentCycles(units: readonly Unit[], byId: ReadonlyMap<string, Unit>): string[][] {
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of units) {
    const trail: string[] = [];
    const onTrail = new Map<string, number>();
    for (
      let u: Unit | undefined = start;
      u && !done.has(u.id);
      u = u.parent === undefined ? undefined : byId.get(u.parent)
    ) {
      const seen = onTrail.get(u.id);
      if (seen !== undefined) {
        const loop = trail.slice(seen);
        // Start the loop at the unit written first in the registry, so that it reads the same whichever unit found it.
        const first = loop.reduce((a, b) =>
          units.findIndex((x) => x.id === a) <= units.findIndex((x) => x.id === b) ? a : b,
        );
        const at = loop.indexOf(first);
        const ordered = [...loop.slice(at), ...loop.slice(0, at)];
        cycles.push([...ordered, first]);
        break;
      }
      onTrail.set(u.id, trail.length);
      trail.push(u.id);
    }
    for (const id of trail) done.add(id);
  }
  return cycles;
}
