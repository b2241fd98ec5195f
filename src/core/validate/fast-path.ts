import { isUtf8 } from 'node:buffer';
import type { Submission } from '../submission-schema.js';
import { MAX_FILE_BYTES } from './bytes.js';
import { submissionChecker } from './checker.js';
import { checkContext, pathShape } from './context-checks.js';
import { dropEmptyOptional } from './drop-empty.js';
import { PositionUnknown, readWithPositions } from './fast-positions.js';
import { readWithJsYaml } from './fast-yaml.js';
import { Findings, nowhere } from './findings.js';
import { hasIndicatorNumberProblem } from './numbers.js';
import { isOrdinaryYaml } from './ordinary-bytes.js';
import { readOrdinaryText, screenText } from './ordinary-reader.js';
import { checkPlanRules } from './plan-rules.js';
import { checkData, type CheckedFile, type SubmissionInput } from './validate-file.js';

const NO_PATHS: ReadonlySet<string> = new Set();

/**
 * The fast path: most files are ordinary and have nothing to report. Such a file is read by the
 * small reader (ordinary-reader.ts) or, when it gives up, by js-yaml after the byte check — both
 * several times faster than a parse that keeps every position — and checked by the same layers on
 * the same data. An ordinary file with something to report is read once more with js-yaml, keeping
 * positions, and checked by the exact path's layers (fast-positions.ts). Anything unusual — in the
 * bytes, in the YAML, or a place those positions cannot tell — gives up (undefined), and the exact
 * path checks the file from the start. Either way the result is the exact path's, to the data and
 * the column (test/validate/fast-path-differential.test.ts).
 */
export function checkSubmissionFast(input: SubmissionInput): CheckedFile | undefined {
  const { bytes } = input;
  if (bytes.length === 0 || bytes.length > MAX_FILE_BYTES || hasByteOrderMark(bytes) || !isUtf8(bytes)) return undefined;
  // Valid UTF-8 without a BOM (checked above): Buffer's decoder gives the same text as TextDecoder, faster.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // Characters only the exact path may judge: the small reader relies on their absence, as js-yaml
  // relies on the byte check.
  const screened = screenText(text);
  if (screened === 'unusual') return undefined;
  let data = readOrdinaryText(text, screened === 'nfc');
  let scanned = false;
  if (data === undefined) {
    if (!isOrdinaryYaml(bytes)) return undefined;
    scanned = true;
    data = readWithJsYaml(text);
    if (data === undefined) return undefined;
  }
  if (data !== 'marked') {
    const settled = settleWithoutPositions(input, data);
    if (settled) return settled;
  }
  // Positions come from js-yaml, which may read this file only after the byte check.
  if (!scanned && !isOrdinaryYaml(bytes)) return undefined;
  return checkWithPositions(input, text);
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The file's result when no layer finds anything; undefined at the first finding. */
function settleWithoutPositions(input: SubmissionInput, data: Record<string, unknown>): CheckedFile | undefined {
  const { file, plan } = input;
  if (hasIndicatorNumberProblem(data, plan)) return undefined;
  dropEmptyOptional(data);
  if (!submissionChecker(plan).validate(data)) return undefined;

  const shape = pathShape(file);
  const findings = new Findings(file);
  checkPlanRules({ plan, at: nowhere, data, findings, badNumbers: NO_PATHS });
  if (findings.size > 0) return undefined;
  const { dependsOnToday } = checkContext({ plan, registry: input.registry, today: input.today, at: nowhere, data, findings, ...shape });
  if (findings.size > 0) return undefined;

  const submission = data as unknown as Submission;
  return {
    result: { file, ...shape, diagnostics: [], valid: true, submission },
    unitMonth: { unit: submission.unit, period: submission.period },
    unitAtPending: true,
    ...(dependsOnToday ? { dependsOnToday: true } : {}),
  };
}

/** The exact path's layers on js-yaml's data and positions; undefined where those positions fall short. */
function checkWithPositions(input: SubmissionInput, text: string): CheckedFile | undefined {
  const parsed = readWithPositions(text);
  if (!parsed) return undefined;
  try {
    return checkData(input, { text, ...parsed }, new Findings(input.file, text));
  } catch (error) {
    if (error instanceof PositionUnknown) return undefined;
    throw error;
  }
}
