import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPlan, type PlanModel } from '../../src/core/plan.js';
import { loadRegistry, type Registry } from '../../src/core/units.js';
import type { FileResult } from '../../src/core/file-result.js';
import { type SubmissionInput, validateSubmissionFile } from '../../src/core/validate/validate-file.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixtures = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));

let cachedPlan: PlanModel | undefined;
export function plan(): PlanModel {
  if (!cachedPlan) {
    const loaded = loadPlan(readFileSync(`${root}schemas/394-KH-BDVQU.plan.yaml`, 'utf8'), 'plan');
    if (!loaded.plan) throw new Error('plan does not load');
    cachedPlan = loaded.plan;
  }
  return cachedPlan;
}

let cachedRegistry: Registry | undefined;
export function registry(): Registry {
  if (!cachedRegistry) {
    const loaded = loadRegistry(readFileSync(`${fixtures}units.yaml`, 'utf8'), 'units.yaml', plan());
    if (!loaded.registry) throw new Error('registry does not load');
    cachedRegistry = loaded.registry;
  }
  return cachedRegistry;
}

interface CheckOptions {
  file?: string;
  withRegistry?: boolean;
  today?: string;
}

/** The text as the file `file` (default: a path with the month/unit shape), with the plan, the test registry and a date. */
export function submissionInput(text: string | Uint8Array, options: CheckOptions = {}): SubmissionInput {
  return {
    bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
    file: options.file ?? 'submissions/2020-04/ubnd-quan.yaml',
    plan: plan(),
    registry: options.withRegistry === false ? undefined : registry(),
    today: options.today ?? '2020-06-01',
  };
}

/** Validates text as the file `file` (default: a path with the month/unit shape). */
export function check(text: string | Uint8Array, options: CheckOptions = {}): FileResult {
  return validateSubmissionFile(submissionInput(text, options));
}

/** `code@line:column` for each diagnostic: what tests compare. */
export function codes(result: FileResult): string[] {
  return result.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);
}

export const validUbnd = readFileSync(`${fixtures}collect/2020-04/ubnd-quan.yaml`, 'utf8');

/**
 * What `run` returns, the characters copied out of strings meanwhile (String.prototype.slice) and
 * the characters handed to regular expressions (RegExp.prototype.exec, which test, match, replace
 * and split go through): measures of work without a clock, which reading a whole text or line again
 * per line or per error multiplies.
 */
export function countingWork<T>(run: () => T): { result: T; copied: number; searched: number } {
  const slice = String.prototype.slice;
  const exec = RegExp.prototype.exec;
  let copied = 0;
  let searched = 0;
  String.prototype.slice = function (this: string, start?: number, end?: number) {
    const part = slice.call(this, start, end);
    copied += part.length;
    return part;
  };
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    searched += String(text).length - (this.global || this.sticky ? this.lastIndex : 0);
    return exec.call(this, text);
  };
  try {
    const result = run();
    return { result, copied, searched };
  } finally {
    String.prototype.slice = slice;
    RegExp.prototype.exec = exec;
  }
}
