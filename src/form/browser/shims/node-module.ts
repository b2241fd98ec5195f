import * as yaml from 'yaml';

/*
 * The core loads the yaml package with require() to keep Node's start-up short; in the form it is
 * bundled, and this require hands it over. ajv's compiler is never needed in the form: the plan's
 * validator is compiled when the form is generated (see precompiled-manifest.ts).
 */
export function createRequire(_from: string | URL): (id: string) => unknown {
  return (id: string) => {
    if (id === 'yaml') return yaml;
    throw new Error(`${id} is not part of the form`);
  };
}
