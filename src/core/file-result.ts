import type { Diagnostic } from './diagnostics.js';
import type { Submission } from './submission-schema.js';

/**
 * What validation makes of one submission file; the report, the status table and the formats all
 * read this. `submission` is present only when the file is usable data (parsed, normalised to NFC,
 * and shaped like the schema), even if plan rules or cross-file checks then found errors.
 */
export interface FileResult {
  /** Path as shown to the user (relative to the working folder when inside it). */
  file: string;
  /** Unit and month from the file's path `<submissions>/<YYYY-MM>/<unit>.yaml`, when it has that shape. */
  pathUnit?: string;
  pathPeriod?: string;
  diagnostics: Diagnostic[];
  /**
   * Warnings the unit explained in its file (`giai_trinh:` under the task), in line order: kept
   * apart from `diagnostics` so that nothing counts them as warnings; present only when there are some.
   */
  explained?: ExplainedDiagnostic[];
  submission?: Submission;
  /** No error-severity diagnostic (warnings allowed). Only valid files are counted in reports. */
  valid: boolean;
  /** YYYY-MM-DD the file arrived, from the first commit that added it, when the folder is in a git repository. */
  received?: string;
}

/** A warning with the unit's explanation of it (the text of `giai_trinh:` under its task). */
export type ExplainedDiagnostic = Diagnostic & { explanation: string };
