import type { PlanModel } from '../core/plan.js';
import { buildSubmissionSchema } from '../core/submission-schema.js';
import type { Unit } from '../core/units.js';
import { renderFormPage } from './render-form-page.js';
import { validatorScript } from './validator-script.js';

export interface FormPageSource {
  plan: PlanModel;
  units: readonly Unit[];
  schemaRef: string;
  appScript: string;
}

/** The form's file name: plan 394-KH/BDVQU → nhap-bao-cao-394.html. */
export function formFileName(plan: PlanModel): string {
  return `nhap-bao-cao-${plan.data.number.split('-')[0]}.html`;
}

/** The form page for a plan and unit list: the same inputs give the same bytes. */
export function buildFormPage(source: FormPageSource): string {
  const units = source.units.map((u) => ({
    id: u.id,
    name: u.name,
    kind: u.kind,
    ...(u.parent !== undefined && { parent: u.parent }),
  }));
  return renderFormPage({
    data: { plan: source.plan.data, units, schemaRef: source.schemaRef },
    appScript: source.appScript,
    validatorScript: validatorScript(buildSubmissionSchema(source.plan)),
  });
}
