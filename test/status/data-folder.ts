import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { buildInitTemplate } from '../../src/core/init-template.js';
import { loadPlan } from '../../src/core/plan.js';
import type { Unit } from '../../src/core/units.js';
import { repoRoot, tempDir } from '../helpers/cli.js';
import { fillTemplate } from '../init/fill-template.js';

const planFile = join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml');
export const plan = loadPlan(readFileSync(planFile, 'utf8'), planFile).plan!;

/** One unit of each kind; names whose Vietnamese order differs from code-point order. */
export const units: Unit[] = [
  { id: 'phuong-dong-mac', name: 'Phường Đống Mác', kind: 'phuong' },
  { id: 'phuong-bach-dang', name: 'Phường Bạch Đằng', kind: 'phuong' },
  { id: 'hdnd-quan', name: 'Thường trực HĐND quận', kind: 'hdnd-quan' },
  { id: 'ubnd-quan', name: 'UBND quận', kind: 'ubnd-quan' },
  { id: 'mttq-quan', name: 'Ủy ban MTTQ Việt Nam quận', kind: 'mttq-quan' },
  { id: 'dang-bo-khoi-co-quan', name: 'Đảng bộ Khối cơ quan quận', kind: 'to-chuc-dang' },
];

/** A complete, valid submission of a unit for a month, sent on `submitted`. */
export function validSubmission(unitId: string, period: string, submitted: string): string {
  const unit = units.find((u) => u.id === unitId)!;
  return fillTemplate(
    buildInitTemplate({ plan, unit, period, schemaRef: '../../schemas/submission-394.schema.json' }),
    { submitted },
  );
}

/**
 * A data folder as the secretariat keeps it: danvan.config.yaml (the embedded plan), units.yaml and
 * submissions/<YYYY-MM>/<unit>.yaml, in a new temporary folder. Returns the folder.
 */
export function writeDataFolder(files: Record<string, string>, registry: readonly Unit[] = units): string {
  const dir = tempDir('danvan-data-');
  const all: Record<string, string> = {
    'danvan.config.yaml': 'units: units.yaml\nsubmissions: submissions\nout: reports\n',
    'units.yaml': stringify({ units: registry }),
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
