import { createRequire } from 'node:module';
import type { Options } from 'ajv/dist/2020.js';
import type { FormatName } from 'ajv-formats';

// Both packages are CommonJS: their exports sit on `.default`.
type Ajv2020Class = typeof import('ajv/dist/2020.js')['default'];
type AddFormats = typeof import('ajv-formats')['default'];
export type Ajv = InstanceType<Ajv2020Class>;
export type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';

/*
 * One set of options for every validator, whether compiled here at run time or ahead of time into
 * standalone code by the build: the two paths must give the same verdicts and the same `errors`.
 * `code` only shapes the source kept for standalone output (ES module syntax, formats referenced
 * from ajv-formats' own module); it changes nothing in what a validator checks or reports.
 */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  inlineRefs: false,
  code: { source: true, esm: true },
} as const satisfies Options;
export const AJV_FORMATS: readonly FormatName[] = ['date', 'uri'];

// ajv costs ~150 ms to load: it is required only when a schema has no precompiled validator
// (a custom plan, tests, the build). Both packages are CommonJS, so require() loads them in step.
const require = createRequire(import.meta.url);

export function createAjv(): Ajv {
  const Ajv2020 = (require('ajv/dist/2020.js') as { default: Ajv2020Class }).default;
  const addFormats = (require('ajv-formats') as { default: AddFormats }).default;
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { ...AJV_OPTIONS.code } });
  addFormats(ajv, [...AJV_FORMATS]);
  return ajv;
}
