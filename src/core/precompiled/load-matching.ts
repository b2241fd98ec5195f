import type { PrecompiledEntry } from './manifest.js';

/*
 * Apart from manifest.ts so that the form's stand-in for it (src/form/browser/precompiled-manifest.ts)
 * shares this: the page finds its validator by the same rule as the command line.
 */

/** Loads the modules made from an input exactly equal to `input`, by what `key` reads from each. */
export async function loadMatching<M>(
  entries: readonly PrecompiledEntry<M>[],
  input: string,
  key: (m: M) => string,
): Promise<M | undefined> {
  const modules = await Promise.all(
    entries.filter((e) => e.length === input.length).map((e) => e.load().catch(() => undefined)),
  );
  return modules.find((m) => m !== undefined && key(m) === input);
}
