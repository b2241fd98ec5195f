import type { FileResult } from '../file-result.js';
import type { PlanModel } from '../plan.js';
import type { Submission } from '../submission-schema.js';
import type { Registry } from '../units.js';
import { locate } from '../yaml-locate.js';
import { decodeBytes, MAX_FILE_BYTES } from './bytes.js';
import { submissionChecker } from './checker.js';
import { checkContext, pathShape } from './context-checks.js';
import { dropEmptyOptional } from './drop-empty.js';
import { Findings, type Range } from './findings.js';
import { checkIndicatorNumbers } from './numbers.js';
import { parseYaml } from './parse-yaml.js';
import { checkPlanRules } from './plan-rules.js';
import { reportSchemaErrors } from './schema-errors.js';
import { toData } from './to-data.js';

export interface SubmissionInput {
  bytes: Uint8Array;
  /** The path as shown to the user; also where unit and month are read from (`<YYYY-MM>/<unit>.yaml`). */
  file: string;
  plan: PlanModel;
  /** Without a registry the unit checks are skipped (a unit checking its own file may not have one). */
  registry?: Registry;
  /** YYYY-MM-DD, for "in the future". */
  today: string;
}

/** One file's result, plus where its unit id is written, for the checks across files. */
export interface CheckedFile {
  result: FileResult;
  unitAt?: Range;
}

/**
 * Validates one submission file: a pure function of its bytes, its path, the plan, the registry and
 * today's date (so results can be cached by content and computed on worker threads). Never throws
 * on any input; everything wrong becomes a diagnostic. Layers run in order — bytes, YAML, data,
 * schema, plan rules, context — and a layer that cannot go on stops the ones after it.
 */
export function checkSubmissionFile(input: SubmissionInput): CheckedFile {
  const { file } = input;
  const shape = pathShape(file);
  const early = new Findings(file);
  const text = decodeBytes(input.bytes, early);
  if (text === undefined) return finish(file, shape, early);

  const findings = new Findings(file, text);
  const doc = parseYaml(text, findings);
  if (!doc) return finish(file, shape, findings);
  const converted = toData(doc, findings);
  if (!converted) return finish(file, shape, findings);
  const { data } = converted;

  const checker = submissionChecker(input.plan);
  const badNumbers = checkIndicatorNumbers(converted.indicators, input.plan, checker.titles, findings);
  dropEmptyOptional(data);
  const shaped = checker.validate(data);
  if (!shaped) reportSchemaErrors(checker.validate.errors ?? [], { checker, doc, text, data, findings, skip: badNumbers });
  checkPlanRules({ plan: input.plan, doc, data, findings, badNumbers });
  checkContext({ plan: input.plan, registry: input.registry, today: input.today, doc, data, findings, ...shape });

  const unitSpan = typeof data.unit === 'string' ? locate(doc, ['unit'], 'value') : undefined;
  return finish(file, shape, findings, shaped ? (data as unknown as Submission) : undefined, unitSpan && findings.range(unitSpan));
}

export function validateSubmissionFile(input: SubmissionInput): FileResult {
  return checkSubmissionFile(input).result;
}

/** A file refused on its size alone, before reading it. */
export function oversizedFile(file: string, size: number): CheckedFile {
  const findings = new Findings(file);
  findings.error('file-too-large', { line: 1, column: 1 }, [], { size, limit: MAX_FILE_BYTES });
  return finish(file, pathShape(file), findings);
}

function finish(file: string, shape: { pathUnit?: string; pathPeriod?: string }, findings: Findings, submission?: Submission, unitAt?: Range): CheckedFile {
  const diagnostics = findings.size === 0 ? [] : findings.toDiagnostics();
  const result: FileResult = { file, ...shape, diagnostics, valid: findings.errors === 0, ...(submission ? { submission } : {}) };
  return { result, ...(unitAt ? { unitAt } : {}) };
}
