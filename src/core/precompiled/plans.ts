import type { Plan } from '../plan-schema.js';
import { loadManifest } from './manifest.js';

/*
 * The plan file danvan ships is parsed and checked at build time: reading its 250 lines with
 * positions (for diagnostics it never has) costs more than the rest of a one-file check. A plan
 * file whose text is exactly the shipped one's gets that data; any other text is read as usual.
 */

/** The data of shipped plan files, as JSON, by their exact text. */
const plans = new Map<string, string>();
let loaded: Promise<void> | undefined;

/** Loads what the build made of the plan files it ships; never fails. */
export function loadShippedPlans(): Promise<void> {
  loaded ??= loadManifest().then(async ({ plans: entries }) => {
    for (const m of await Promise.all(entries.map((e) => e.load().catch(() => undefined)))) {
      if (m) plans.set(m.text, m.json);
    }
  });
  return loaded;
}

/** A fresh copy of the checked data of a shipped plan file with exactly this text, once loaded. */
export function shippedPlanData(text: string): Plan | undefined {
  const json = plans.get(text);
  return json === undefined ? undefined : (JSON.parse(json) as Plan);
}
