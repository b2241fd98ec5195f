/// <reference lib="dom" />
// Whole modules, as require() gives them: standalone code reads `.default` or `.fullFormats` itself.
import * as formats from 'ajv-formats/dist/formats.js';
import * as equal from 'ajv/dist/runtime/equal.js';
import * as ucs2length from 'ajv/dist/runtime/ucs2length.js';
import * as uri from 'ajv/dist/runtime/uri.js';
import * as validationError from 'ajv/dist/runtime/validation_error.js';
import type { Manifest, PrecompiledEntry, ValidatorModule } from '../../core/precompiled/manifest.js';
import type { ValidateFunction } from '../../core/ajv.js';

/*
 * Stands in for src/core/precompiled/manifest.ts in the form's bundle. The page carries the
 * submission schema's validator, compiled by ajv when `danvan form` wrote it (the form must allow
 * no eval, so ajv cannot compile in the page), as a function of (module, require); the core finds
 * it exactly as it finds the build's precompiled validators: by the schema's JSON.
 */
export { loadMatching } from '../../core/precompiled/load-matching.js';
export type { Manifest, PrecompiledEntry, ValidatorModule } from '../../core/precompiled/manifest.js';

interface PageValidator {
  schemaJson: string;
  factory: (module: { exports: Record<string, unknown> }, require: (id: string) => unknown) => void;
}

/** What the standalone code of a validator may require: ajv's runtime helpers and the date/uri formats. */
const runtime: Record<string, unknown> = {
  'ajv/dist/runtime/equal': equal,
  'ajv/dist/runtime/ucs2length': ucs2length,
  'ajv/dist/runtime/uri': uri,
  'ajv/dist/runtime/validation_error': validationError,
  'ajv-formats/dist/formats': formats,
};

function requireRuntime(id: string): unknown {
  const m = runtime[id];
  if (m === undefined) throw new Error(`${id} is not part of the form`);
  return m;
}

function pageValidators(): PrecompiledEntry<ValidatorModule>[] {
  const page = (globalThis as { danvanValidator?: PageValidator }).danvanValidator;
  if (!page) return [];
  return [
    {
      name: 'submission',
      length: page.schemaJson.length,
      load: async () => {
        const module = { exports: {} as Record<string, unknown> };
        page.factory(module, requireRuntime);
        return { schemaJson: page.schemaJson, validate: module.exports as unknown as ValidateFunction };
      },
    },
  ];
}

let manifest: Promise<Manifest> | undefined;

export function loadManifest(): Promise<Manifest> {
  manifest ??= Promise.resolve({ validators: pageValidators(), plans: [] });
  return manifest;
}
