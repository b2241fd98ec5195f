import { createAjv, type ValidateFunction } from '../ajv.js';
import { loadManifest, loadMatching } from './manifest.js';

/*
 * Compiling the submission schema with ajv costs ~300 ms, loading ajv itself ~150 ms, on every run;
 * so the build compiles the schemas danvan ships into standalone code. A schema uses a precompiled
 * validator only when its JSON is exactly the JSON that validator was compiled from; any other
 * schema (a custom plan, a changed plan file, tests running from src/) is compiled by ajv, with the
 * same options (src/core/ajv.ts), so both give the same verdicts and errors.
 *
 * Standalone code is an ES module and can only be imported asynchronously, while the checks that
 * use validators are synchronous: an asynchronous caller first loads the validators it will need
 * (`loadPrecompiled`), and `compileValidator` then finds them.
 */

/** Validators by the exact JSON of their schema (precompiled ones, and those compiled here). */
const validators = new Map<string, ValidateFunction>();
const precompiled = new WeakSet<ValidateFunction>();

/** Loads the precompiled validators of these schemas, where the build made some; never fails. */
export async function loadPrecompiled(schemas: readonly unknown[]): Promise<void> {
  const wanted = schemas.map((s) => JSON.stringify(s)).filter((json) => !validators.has(json));
  if (wanted.length === 0) return;
  const { validators: entries } = await loadManifest();
  await Promise.all(
    wanted.map(async (json) => {
      const m = await loadMatching(entries, json, (v) => v.schemaJson);
      if (!m) return;
      validators.set(json, m.validate);
      precompiled.add(m.validate);
    }),
  );
}

/** The validator of a schema: the precompiled one when it is loaded and exactly this schema's, else compiled by ajv. */
export function compileValidator(schema: unknown): ValidateFunction {
  const json = JSON.stringify(schema);
  const known = validators.get(json);
  if (known) return known;
  const validate = createAjv().compile(schema as object);
  validators.set(json, validate);
  return validate;
}

/**
 * Whether a validator came from the build rather than from ajv at run time.
 * @public (the loader tests reach it through a dynamic import)
 */
export function isPrecompiled(validate: ValidateFunction): boolean {
  return precompiled.has(validate);
}
