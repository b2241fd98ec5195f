import type { ValidateFunction } from '../ajv.js';
import type { PlanModel } from '../plan.js';
import { compileValidator, loadPrecompiled } from '../precompiled/validators.js';
import { buildSubmissionSchema } from '../submission-schema.js';
import type { FieldTitles } from './field.js';

type Json = Record<string, unknown>;

/** Everything per plan that validating a file needs, built once per plan and shared by all files. */
export interface SubmissionChecker {
  plan: PlanModel;
  schema: Json;
  validate: ValidateFunction;
  titles: FieldTitles;
  taskIds: string[];
  /** Indicator id → the tasks that have an indicator with that id (for "it belongs to UB.4"). */
  tasksByIndicator: ReadonlyMap<string, string[]>;
  topKeys: string[];
  reporterKeys: string[];
  taskKeys: string[];
  modelKeys: string[];
}

const cache = new WeakMap<PlanModel, SubmissionChecker>();

/**
 * Loads the precompiled validator of this plan's submission schema, when the build made one for it,
 * so that `submissionChecker` does not compile the schema (~300 ms). Call it before the first
 * check in every thread that validates.
 */
export async function loadSubmissionValidator(plan: PlanModel): Promise<void> {
  if (!cache.has(plan)) await loadPrecompiled([buildSubmissionSchema(plan)]);
}

export function submissionChecker(plan: PlanModel): SubmissionChecker {
  let checker = cache.get(plan);
  if (!checker) {
    checker = buildChecker(plan);
    cache.set(plan, checker);
  }
  return checker;
}

function buildChecker(plan: PlanModel): SubmissionChecker {
  const schema = buildSubmissionSchema(plan);
  const validate = compileValidator(schema);
  const props = (s: unknown): Record<string, Json> => (s as { properties?: Record<string, Json> })?.properties ?? {};
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  // A field shared by every task is a `$ref` into $defs, where its title is.
  const titleOf = (v: Json): unknown =>
    v.title ?? (typeof v.$ref === 'string' ? defs[v.$ref.replace('#/$defs/', '')]?.title : undefined);
  const titlesOf = (s: unknown) =>
    new Map(
      Object.entries(props(s)).flatMap(([k, v]) => {
        const title = titleOf(v);
        return typeof title === 'string' ? [[k, title] as const] : [];
      }),
    );
  const top = props(schema);
  const firstTask = plan.data.groups[0]?.tasks[0];
  const taskDef = firstTask ? defs[firstTask.id] : undefined;
  const modelItem = (top.models as { items?: unknown } | undefined)?.items;
  const tasksByIndicator = new Map<string, string[]>();
  for (const info of plan.indicators.values()) {
    const list = tasksByIndicator.get(info.indicator.id) ?? [];
    list.push(info.task.id);
    tasksByIndicator.set(info.indicator.id, list);
  }
  return {
    plan,
    schema,
    validate,
    titles: {
      top: titlesOf(schema),
      reporter: titlesOf(top.reporter),
      task: new Map([...titlesOf(taskDef), ['indicators', 'Chỉ tiêu']]),
      model: titlesOf(modelItem),
    },
    taskIds: [...plan.tasks.keys()],
    tasksByIndicator,
    topKeys: Object.keys(top),
    reporterKeys: Object.keys(props(top.reporter)),
    // Tasks without indicators have no `indicators` key; the list offered is that of a task with them.
    taskKeys: [...new Set(Object.values(defs).flatMap((d) => Object.keys(props(d))))],
    modelKeys: Object.keys(props(modelItem)),
  };
}
