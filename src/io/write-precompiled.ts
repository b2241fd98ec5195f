import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SetupError } from '../core/errors.js';
import { loadPlan } from '../core/plan.js';
import { precompiledModules, shippedSchemas } from '../core/precompiled/modules.js';
import { writeFileAtomic } from './atomic-write.js';
import { defaultPlanFile } from './package-files.js';
import { readText } from './read-text.js';

/** Where the loader (dist/core/precompiled/manifest.js) looks for what the build precompiled. */
export const precompiledDir = fileURLToPath(new URL('../core/precompiled/generated/', import.meta.url));

/** Writes the standalone validators of the shipped schemas and the shipped plan's data; `npm run build` runs it after tsc. */
export function writePrecompiled(dir: string = precompiledDir): string[] {
  const text = readText(defaultPlanFile, 'tệp kế hoạch');
  const { plan, diagnostics } = loadPlan(text, defaultPlanFile);
  if (!plan) throw new SetupError(defaultPlanFile, diagnostics);
  const shipped = { name: basename(defaultPlanFile).replace(/\.yaml$/, '.js'), text, plan };
  const modules = precompiledModules(shippedSchemas(plan), [shipped]);
  // What is no longer shipped must not leave its old module behind.
  rmSync(dir, { recursive: true, force: true });
  for (const [name, code] of modules) writeFileAtomic(join(dir, name), code);
  return [...modules.keys()];
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`precompiled: ${writePrecompiled().join(', ')}\n`);
}
