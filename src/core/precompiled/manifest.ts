import type { ValidateFunction } from '../ajv.js';

export { loadMatching } from './load-matching.js';

/*
 * What the build precompiles (src/io/write-precompiled.ts) sits in generated/, beside this module in
 * dist/: standalone validators for the schemas danvan ships, and the data of the plan file it ships.
 * generated/index.js lists them; each is imported only when its input could be the one it was made
 * from (same length), and used only when that input is exactly the same.
 */
export interface PrecompiledEntry<M> {
  name: string;
  /** Length of the input it was made from (a schema's JSON, a plan file's text). */
  length: number;
  load: () => Promise<M>;
}

export interface ValidatorModule {
  /** `JSON.stringify` of the schema it was compiled from. */
  schemaJson: string;
  validate: ValidateFunction;
}

export interface PlanModule {
  /** The plan file's text, exactly. */
  text: string;
  /** `JSON.stringify` of its data, as parsed and checked at build time. */
  json: string;
}

export interface Manifest {
  validators: readonly PrecompiledEntry<ValidatorModule>[];
  plans: readonly PrecompiledEntry<PlanModule>[];
}

let manifest: Promise<Manifest> | undefined;

/** generated/index.js; empty when running from the sources or a build without it. */
export function loadManifest(): Promise<Manifest> {
  manifest ??= import(new URL('./generated/index.js', import.meta.url).href).then(
    (m: Partial<Manifest>) => ({ validators: m.validators ?? [], plans: m.plans ?? [] }),
    () => ({ validators: [], plans: [] }),
  );
  return manifest;
}
