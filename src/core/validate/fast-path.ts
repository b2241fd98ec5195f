import { isUtf8 } from 'node:buffer';
import type { Submission } from '../submission-schema.js';
import { submissionChecker } from './checker.js';
import { checkContext, pathShape } from './context-checks.js';
import { dropEmptyOptional } from './drop-empty.js';
import { readOrdinaryYaml } from './fast-yaml.js';
import { Findings, nowhere } from './findings.js';
import { hasIndicatorNumberProblem } from './numbers.js';
import { isOrdinaryYaml } from './ordinary-bytes.js';
import { checkPlanRules } from './plan-rules.js';
import type { CheckedFile, SubmissionInput } from './validate-file.js';

const decoder = new TextDecoder('utf-8');
const NO_PATHS: ReadonlySet<string> = new Set();

/**
 * The fast path: most files are ordinary and have nothing to report. Such a file is read with
 * js-yaml (several times faster than a parse that keeps every position) and checked by the same
 * layers on the same data. The moment anything is unusual or found — a finding of any layer,
 * warnings included, since they need a line and column — it gives up (undefined) and the exact
 * path checks the file from the start. So it only ever answers "valid, nothing to say", and then
 * with exactly the data the exact path would give.
 */
export function checkSubmissionFast(input: SubmissionInput): CheckedFile | undefined {
  const { bytes, file, plan } = input;
  if (!isOrdinaryYaml(bytes) || !isUtf8(bytes)) return undefined;
  const data = readOrdinaryYaml(decoder.decode(bytes));
  if (!data) return undefined;
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
