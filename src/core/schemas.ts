import { configSchema } from './config-schema.js';
import { notesSchema } from './notes/notes-schema.js';
import { planSchema } from './plan-schema.js';
import type { PlanModel } from './plan.js';
import { buildSubmissionSchema, buildUnitsSchema } from './submission-schema.js';

/** File name of a plan's submission schema: plan 394-KH/BDVQU → submission-394.schema.json. */
export function submissionSchemaName(plan: PlanModel): string {
  return `submission-${plan.data.number.split('-')[0]}.schema.json`;
}

/** Every JSON Schema danvan publishes, by file name, as the text written to disk. */
export function generateSchemas(plan: PlanModel): Map<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return new Map([
    [submissionSchemaName(plan), json(buildSubmissionSchema(plan))],
    ['units.schema.json', json(buildUnitsSchema(plan))],
    ['plan.schema.json', json(planSchema)],
    ['config.schema.json', json(configSchema)],
    ['notes.schema.json', json(notesSchema)],
  ]);
}
