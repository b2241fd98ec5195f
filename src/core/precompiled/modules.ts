import { createRequire } from 'node:module';
import { AJV_OPTIONS, createAjv } from '../ajv.js';
import { configSchema } from '../config-schema.js';
import { planSchema } from '../plan-schema.js';
import type { PlanModel } from '../plan.js';
import { submissionSchemaName } from '../schemas.js';
import { buildSubmissionSchema, buildUnitsSchema } from '../submission-schema.js';

/** The schemas danvan ships, by module name: the plan file's and the config's, and the shipped plan's units and submission schemas. */
export function shippedSchemas(plan: PlanModel): Map<string, unknown> {
  return new Map<string, unknown>([
    ['plan.schema.js', planSchema],
    ['config.schema.js', configSchema],
    ['units.schema.js', buildUnitsSchema(plan)],
    [submissionSchemaName(plan).replace(/\.json$/, '.js'), buildSubmissionSchema(plan)],
  ]);
}

export interface ShippedPlan {
  /** Module name, e.g. 394-KH-BDVQU.plan.js. */
  name: string;
  /** The plan file's text. */
  text: string;
  /** Its data, parsed and checked. */
  plan: PlanModel;
}

const require = createRequire(import.meta.url);
const literal = (value: unknown) => JSON.stringify(value);

/**
 * The modules of generated/ (see manifest.ts): a standalone validator per schema, the checked data
 * of each shipped plan file, and index.js listing them. ajv's ES module output still calls require()
 * for its runtime helpers and for ajv-formats' format functions; a module-local require keeps those
 * calls working and loads only those small files, never ajv's compiler.
 */
export function precompiledModules(
  schemas: ReadonlyMap<string, unknown>,
  plans: readonly ShippedPlan[],
): Map<string, string> {
  if (!AJV_OPTIONS.code.esm) throw new Error('standalone validators are written as ES modules');
  const standaloneCode = (
    require('ajv/dist/standalone/index.js') as { default: typeof import('ajv/dist/standalone/index.js')['default'] }
  ).default;
  const ajvVersion = (require('ajv/package.json') as { version: string }).version;
  const files = new Map<string, string>();
  const validators: string[] = [];
  for (const [name, schema] of schemas) {
    const json = JSON.stringify(schema);
    const ajv = createAjv();
    const code = standaloneCode(ajv, ajv.compile(schema as object));
    files.set(
      name,
      [
        `// Validator of ${name.replace(/\.js$/, '.json')}, compiled ahead of time with ajv ${ajvVersion}; \`npm run build\` rewrites it.`,
        "import { createRequire } from 'node:module';",
        'const require = createRequire(import.meta.url);',
        `export const schemaJson = ${literal(json)};`,
        code,
        '',
      ].join('\n'),
    );
    validators.push(
      `  { name: ${literal(name)}, length: ${json.length}, load: () => import(${literal(`./${name}`)}) },`,
    );
  }
  const planEntries: string[] = [];
  for (const { name, text, plan } of plans) {
    files.set(
      name,
      [
        `// ${name.replace(/\.js$/, '.yaml')}, read and checked ahead of time; \`npm run build\` rewrites it.`,
        `export const text = ${literal(text)};`,
        `export const json = ${literal(JSON.stringify(plan.data))};`,
        '',
      ].join('\n'),
    );
    planEntries.push(
      `  { name: ${literal(name)}, length: ${text.length}, load: () => import(${literal(`./${name}`)}) },`,
    );
  }
  files.set(
    'index.js',
    [
      '// What the build precompiled, for src/core/precompiled/manifest.ts.',
      'export const validators = [',
      ...validators,
      '];',
      'export const plans = [',
      ...planEntries,
      '];',
      '',
    ].join('\n'),
  );
  return files;
}
