import type { Document } from 'yaml';
import type { ExplainedDiagnostic, FileResult } from '../file-result.js';
import type { PlanModel } from '../plan.js';
import type { Submission } from '../submission-schema.js';
import type { Registry } from '../units.js';
import { MAX_NESTING, tooDeepAt } from '../yaml-depth.js';
import { locate, type Span } from '../yaml-locate.js';
import { decodeBytes, MAX_FILE_BYTES } from './bytes.js';
import { submissionChecker } from './checker.js';
import { checkContext, pathShape } from './context-checks.js';
import { dropEmptyOptional } from './drop-empty.js';
import { applyExplanations } from './explanations.js';
import { fieldAt } from './field.js';
import { checkSubmissionFast } from './fast-path.js';
import { Findings, type Locate, type Range } from './findings.js';
import { checkIndicatorNumbers, type IndicatorValue } from './numbers.js';
import { parseYaml } from './parse-yaml.js';
import { checkPlanRules } from './plan-rules.js';
import { reportSchemaErrors } from './schema-errors.js';
import { checkCutTexts, checkReportableChars } from './text-checks.js';
import { toData } from './to-data.js';

/** Findings a line left out of the reading can cause: the field may be written there. */
const LEFT_OUT_CODES: ReadonlySet<string> = new Set([
  'schema-required',
  'task-missing',
  'summary-empty',
  // The warning it explains may stand on a line left out.
  'explanation-unused',
]);

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

/** One file's result, plus what the checks across files and a stored result need to know about it. */
export interface CheckedFile {
  result: FileResult;
  /** The unit and month the usable submission is for; kept when the data itself is let go. */
  unitMonth?: { unit: string; period: string };
  /** Where the unit id is written (for "two files for one unit and month"). */
  unitAt?: Range;
  /**
   * The fast path finds positions only for findings: where the unit id is written is then found by
   * the exact path, only for a file that turns out to have a twin.
   */
  unitAtPending?: true;
  /** A later day could change the result (a month or date after today): not to be reused on another day. */
  dependsOnToday?: true;
}

export interface CheckOptions {
  /** false: always the exact path (the differential tests compare both). */
  fastPath?: boolean;
}

/**
 * Validates one submission file: a pure function of its bytes, its path, the plan, the registry and
 * today's date (so results can be cached by content and computed on worker threads). Never throws
 * on any input; everything wrong becomes a diagnostic.
 *
 * A plain file is read by the fast path, any other by the exact path; both give the same result
 * (test/validate/fast-path-differential.test.ts).
 */
export function checkSubmissionFile(input: SubmissionInput, options: CheckOptions = {}): CheckedFile {
  return (options.fastPath !== false ? checkSubmissionFast(input) : undefined) ?? checkSubmissionExact(input);
}

/**
 * The exact path: layers run in order — bytes, YAML, data, schema, plan rules, context — with every
 * finding placed at its line and column, and a layer that cannot go on stops the ones after it.
 */
export function checkSubmissionExact(input: SubmissionInput): CheckedFile {
  const { file } = input;
  const shape = pathShape(file);
  const early = new Findings(file);
  const text = decodeBytes(input.bytes, early);
  if (text === undefined) return finish(file, shape, early);

  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const tooDeep = new Findings(file, text);
    tooDeep.error('too-deep', { start: deep, end: deep + 1 }, [], { limit: MAX_NESTING });
    return finish(file, shape, tooDeep);
  }
  const parsed = parseYaml(text, new Findings(file, text));
  if (!parsed.doc) return finish(file, shape, parsed.findings);
  const { doc, findings } = parsed;
  const converted = toData(doc, findings);
  if (!converted) return finish(file, shape, findings);
  const { data } = converted;
  const { plan } = input;
  checkCutTexts(doc, parsed.text, findings, (path) => fieldAt(plan, submissionChecker(plan).titles, path));
  const at: Locate = (path, target = 'value') => locate(doc, path, target);
  const checked = checkData(
    input,
    { text: parsed.text, data, indicators: converted.indicators, at, firstKey: () => firstKeySpan(doc) },
    findings,
  );
  if (!parsed.mended) return checked;
  // A mended reading is for reporting the rest of the file's mistakes, never a submission: it takes
  // no part in the checks across files nor in a report. And a field on a line left out of the
  // reading is not missing from the file.
  const { submission: _, ...result } = checked.result;
  const diagnostics = parsed.linesLeftOut
    ? result.diagnostics.filter((d) => !LEFT_OUT_CODES.has(d.code))
    : result.diagnostics;
  return { result: { ...result, diagnostics }, ...(checked.dependsOnToday ? { dependsOnToday: true } : {}) };
}

/** A parsed file: its data (as toData makes it), its indicator values as written, and where things are. */
export interface ParsedSubmission {
  text: string;
  data: Record<string, unknown>;
  indicators: readonly IndicatorValue[];
  at: Locate;
  firstKey: () => Span;
  /**
   * A file with nothing to report may leave where its unit id is written for later (the fast path:
   * only a file with a twin needs that place, and most files have none).
   */
  unitAtLater?: true;
}

/**
 * The layers after the YAML — numbers, schema, plan rules, context — on a parsed file, with every
 * finding placed through `at`: the exact path places them with its yaml Document, the fast path where
 * its reader saw them (or with a yaml Document made for a place it did not see); the layers cannot
 * tell the difference.
 */
export function checkData(input: SubmissionInput, parsed: ParsedSubmission, findings: Findings): CheckedFile {
  const { file } = input;
  const shape = pathShape(file);
  const { text, data, at } = parsed;
  const checker = submissionChecker(input.plan);
  const badNumbers = checkIndicatorNumbers(parsed.indicators, input.plan, checker.titles, findings);
  dropEmptyOptional(data);
  const shaped = checker.validate(data);
  if (!shaped)
    reportSchemaErrors(checker.validate.errors ?? [], {
      checker,
      at,
      firstKey: parsed.firstKey,
      text,
      data,
      findings,
      skip: badNumbers,
    });
  checkPlanRules({ plan: input.plan, at, data, findings, badNumbers });
  checkReportableChars(data, text, at, findings, (path) => fieldAt(input.plan, checker.titles, path));
  const { dependsOnToday } = checkContext({
    plan: input.plan,
    registry: input.registry,
    today: input.today,
    at,
    data,
    findings,
    ...shape,
  });
  applyExplanations(input.plan, data, at, findings);

  const submission = shaped ? (data as unknown as Submission) : undefined;
  const later = submission !== undefined && parsed.unitAtLater === true && findings.size === 0;
  const unitSpan = typeof data.unit === 'string' && !later ? at(['unit'], 'value') : undefined;
  const checked = finish(file, shape, findings, submission, unitSpan && findings.range(unitSpan));
  return {
    ...checked,
    ...(later ? { unitAtPending: true as const } : {}),
    ...(dependsOnToday ? { dependsOnToday: true as const } : {}),
  };
}

/** A required top-level key is missing: point at the first key of the file (where it would go). */
export function firstKeySpan(doc: Document): Span {
  const root = doc.contents as {
    items?: { key?: { range?: [number, number, number] } }[];
    range?: [number, number, number];
  } | null;
  const r = root?.items?.[0]?.key?.range ?? root?.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

export function validateSubmissionFile(input: SubmissionInput, options?: CheckOptions): FileResult {
  return checkSubmissionFile(input, options).result;
}

/** A file refused on its size alone, before reading it. */
export function oversizedFile(file: string, size: number): CheckedFile {
  const findings = new Findings(file);
  findings.error('file-too-large', { line: 1, column: 1 }, [], { size, limit: MAX_FILE_BYTES });
  return finish(file, pathShape(file), findings);
}

function finish(
  file: string,
  shape: { pathUnit?: string; pathPeriod?: string },
  findings: Findings,
  submission?: Submission,
  unitAt?: Range,
): CheckedFile {
  const all = findings.size === 0 ? [] : findings.toDiagnostics();
  const explained = all.filter((d): d is ExplainedDiagnostic => 'explanation' in d);
  const diagnostics = explained.length === 0 ? all : all.filter((d) => !('explanation' in d));
  const result: FileResult = {
    file,
    ...shape,
    diagnostics,
    ...(explained.length > 0 ? { explained } : {}),
    valid: findings.errors === 0,
    ...(submission ? { submission } : {}),
  };
  return {
    result,
    ...(submission ? { unitMonth: { unit: submission.unit, period: submission.period } } : {}),
    ...(unitAt ? { unitAt } : {}),
  };
}

/** The result without the submission's data: what `danvan validate` keeps of each file. */
export function withoutData(checked: CheckedFile): CheckedFile {
  if (checked.result.submission === undefined) return checked;
  const { submission: _, ...result } = checked.result;
  return { ...checked, result };
}
