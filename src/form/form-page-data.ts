import type { Plan } from '../core/plan-schema.js';
import type { Unit } from '../core/units.js';

/**
 * What `danvan form` embeds in the page as JSON: the plan and the unit list as configured when the
 * form was made (a new plan or unit list gives a new form, no code change), and where the saved
 * file's modeline points.
 */
export interface FormPageData {
  plan: Plan;
  units: readonly Unit[];
  /** The modeline's `$schema=` value for a file in `<submissions>/<YYYY-MM>/`. */
  schemaRef: string;
}

/** The element ids the page and its script agree on. */
export const PAGE_DATA_ID = 'danvan-data';
