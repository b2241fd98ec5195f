import type { FromSchema } from 'json-schema-to-ts';
import type { PlanModel } from './plan.js';

/*
 * The shape of a monthly submission, written once. `buildSubmissionSchema` specialises it for a
 * plan (closed per-task indicator sets, the plan's statuses and model vocabularies), and the
 * Submission type is inferred from the generic form, so code and schema cannot drift apart.
 */
const text = (title: string, description: string) => ({ type: 'string', title, description }) as const;
const yearMonth = '^[0-9]{4}-(0[1-9]|1[0-2])$';
const kebab = '^[a-z0-9]+(-[a-z0-9]+)*$';
/**
 * The largest value one indicator may have: ten billion (10^10). Reports add values up over units
 * and months, and JavaScript and spreadsheets hold whole numbers exactly only up to 2^53 − 1; with
 * every value at most 10^10, a sum of up to 900,719 values (75,000 units × 12 months) stays exact.
 * The largest figures are sums of money in đồng, a few billion a month for a district's largest unit.
 */
export const MAX_COUNT = 10_000_000_000;

const reporter = {
  type: 'object',
  title: 'Người báo cáo',
  description: 'Cán bộ lập báo cáo của đơn vị.',
  additionalProperties: false,
  required: ['name', 'position'],
  properties: {
    name: {
      type: 'string',
      minLength: 1,
      title: 'Họ và tên',
      description: 'Họ và tên người lập báo cáo, ví dụ: Nguyễn Thị Lan.',
    },
    position: {
      type: 'string',
      minLength: 1,
      title: 'Chức vụ',
      description: 'Chức vụ, ví dụ: Trưởng ban Dân vận Đảng ủy phường.',
    },
    phone: {
      type: 'string',
      title: 'Số điện thoại',
      description: 'Số điện thoại liên hệ; viết trong dấu ngoặc kép, ví dụ: "0243 821 2345".',
    },
  },
} as const;

const count = {
  type: 'integer',
  minimum: 0,
  maximum: MAX_COUNT,
  title: 'Số liệu',
  description: 'Số nguyên không âm. Bỏ trống (không ghi dòng này) nghĩa là "chưa báo cáo", khác với 0.',
} as const;

const genericSubmission = {
  type: 'object',
  additionalProperties: false,
  required: ['plan', 'unit', 'period', 'submitted', 'reporter', 'tasks'],
  properties: {
    plan: { type: 'string', title: 'Số kế hoạch', description: 'Số hiệu kế hoạch mà báo cáo này thực hiện.' },
    unit: {
      type: 'string',
      pattern: kebab,
      title: 'Mã đơn vị',
      description: 'Mã đơn vị trong danh sách đơn vị (units.yaml), ví dụ: phuong-bach-dang.',
    },
    period: {
      type: 'string',
      pattern: yearMonth,
      title: 'Kỳ báo cáo',
      description: 'Tháng báo cáo, dạng NĂM-THÁNG, ví dụ: 2020-04.',
    },
    submitted: {
      type: 'string',
      format: 'date',
      title: 'Ngày gửi',
      description: 'Ngày đơn vị gửi báo cáo, dạng NĂM-THÁNG-NGÀY, ví dụ: 2020-04-18. Dùng để tính đúng hạn.',
    },
    reporter,
    tasks: {
      type: 'object',
      minProperties: 1,
      title: 'Kết quả thực hiện các nhiệm vụ',
      description: 'Mỗi nhiệm vụ của kế hoạch mà đơn vị phụ trách, theo mã nhiệm vụ (ví dụ CU.3, UB.1).',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['status'],
        properties: {
          status: { type: 'string', title: 'Tình hình thực hiện', description: 'Trạng thái thực hiện nhiệm vụ.' },
          indicators: {
            type: 'object',
            title: 'Chỉ tiêu',
            description: 'Số liệu trong tháng theo mã chỉ tiêu.',
            additionalProperties: count,
          },
          summary: text('Tóm tắt kết quả', 'Một vài câu về kết quả nổi bật trong tháng.'),
          evidence: {
            type: 'array',
            title: 'Văn bản, minh chứng',
            description: 'Số, ký hiệu văn bản làm minh chứng, ví dụ: Thông báo số 12-TB/ĐU.',
            items: { type: 'string', title: 'Văn bản', description: 'Số, ký hiệu và ngày của văn bản.' },
          },
          giai_trinh: text(
            'Giải trình',
            'Lời giải trình của đơn vị cho các cảnh báo của nhiệm vụ này khi số liệu vẫn đúng, ví dụ: Tháng này giải quyết cả 5 kiến nghị tồn từ tháng 3. Cảnh báo đã giải trình không còn tính là cảnh báo; báo cáo tổng hợp nêu lời giải trình.',
          ),
        },
      },
    },
    models: {
      type: 'array',
      title: 'Mô hình, điển hình "Dân vận khéo"',
      description: 'Danh sách mô hình, điển hình của đơn vị (ghi đầy đủ mỗi tháng, kể cả mục đã có từ tháng trước).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'type', 'name', 'field', 'status'],
        properties: {
          id: {
            type: 'string',
            pattern: kebab,
            title: 'Mã mô hình',
            description:
              'Mã cố định, không trùng trong đơn vị, chữ thường không dấu nối bằng gạch ngang, ví dụ: ngo-pho-van-minh.',
          },
          type: {
            type: 'string',
            title: 'Loại',
            description: 'mo-hinh (mô hình tập thể) hoặc dien-hinh (điển hình cá nhân).',
          },
          name: {
            type: 'string',
            minLength: 1,
            title: 'Tên mô hình, điển hình',
            description: 'Tên mô hình, hoặc họ tên và chức danh của điển hình.',
          },
          field: {
            type: 'string',
            title: 'Lĩnh vực',
            description: 'Một trong bốn lĩnh vực của phong trào "Dân vận khéo".',
          },
          status: {
            type: 'string',
            title: 'Trạng thái',
            description: 'Mức độ: đăng ký, đang thực hiện, được công nhận, được nhân rộng.',
          },
          since: {
            type: 'string',
            pattern: yearMonth,
            title: 'Từ tháng',
            description: 'Tháng bắt đầu, dạng NĂM-THÁNG, ví dụ: 2020-03.',
          },
          result: text('Kết quả', 'Một dòng về kết quả đạt được.'),
        },
      },
    },
    difficulties: text('Khó khăn, vướng mắc', 'Những khó khăn, vướng mắc trong tháng.'),
    proposals: text('Đề xuất, kiến nghị', 'Đề xuất, kiến nghị với cấp trên.'),
  },
} as const;

export type Submission = FromSchema<typeof genericSubmission>;
export type TaskReport = NonNullable<Submission['tasks'][string]>;
export type ModelEntry = NonNullable<Submission['models']>[number];

type Json = Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value) as T;
const choice = (items: readonly { id: string; label: string }[]) => ({
  enum: items.map((i) => i.id),
  description: items.map((i) => `${i.id}: ${i.label}`).join('; '),
});

/**
 * An optional field left empty (`summary:`, `evidence:`, `since:`…) means the same as not writing it:
 * the validator drops it before the schema (drop-empty.ts), so the published schema allows it too,
 * or an editor would mark red what `danvan validate` accepts.
 */
const emptyAllowed = (s: unknown): Json => {
  const type = (s as Json).type;
  return { ...(s as Json), type: [...(Array.isArray(type) ? type : [type]), 'null'] };
};

/**
 * The JSON Schema (draft 2020-12) a unit's monthly submission must satisfy, for this plan.
 * What every task entry has in common (status, summary, evidence, the indicator value) is written
 * once under `$defs`; each task keeps its own title, description and closed set of indicators, so
 * an editor still shows the task's and the indicator's label on hover.
 */
export function buildSubmissionSchema(plan: PlanModel): Json {
  const p = plan.data;
  const schema = clone(genericSubmission) as unknown as Json & { properties: Record<string, Json> };
  const statuses = choice(p.task_statuses);
  const generic = (schema.properties.tasks!.additionalProperties as Json & { properties: Record<string, Json> })
    .properties;
  const shared: Record<string, Json> = {
    count: clone(count) as unknown as Json,
    status: {
      ...generic.status,
      enum: statuses.enum,
      description: `${String(generic.status!.description)} ${statuses.description}.`,
    },
    summary: emptyAllowed(generic.summary),
    evidence: emptyAllowed(generic.evidence),
    giai_trinh: emptyAllowed(generic.giai_trinh),
  };
  const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
  const tasks: Json = {};
  const taskProps: Json = {};
  for (const group of p.groups) {
    for (const task of group.tasks) {
      // A task without indicators: `indicators:` left empty means nothing, as the validator reads it.
      const indicators =
        task.indicators.length === 0
          ? {
              indicators: {
                type: 'null',
                title: 'Chỉ tiêu',
                description: 'Nhiệm vụ này không có chỉ tiêu số liệu: bỏ dòng này.',
              },
            }
          : {
              indicators: {
                ...emptyAllowed(generic.indicators),
                additionalProperties: false,
                properties: Object.fromEntries(
                  task.indicators.map((ind) => [
                    ind.id,
                    {
                      ...ref('count'),
                      title: ind.label,
                      description: `${ind.label} (đơn vị tính: ${ind.unit}; ${ind.kind === 'flow' ? 'số phát sinh trong tháng' : 'số tồn tại thời điểm cuối tháng'}). Số nguyên không âm; không ghi dòng này nghĩa là chưa báo cáo, khác với 0.`,
                    },
                  ]),
                ),
              },
            };
      tasks[task.id] = {
        type: 'object',
        title: `${task.id}. ${task.label}`,
        description: `Nhóm ${group.id} — ${group.label}. Nhiệm vụ: ${task.label}.`,
        additionalProperties: false,
        required: ['status'],
        properties: {
          status: ref('status'),
          ...indicators,
          summary: ref('summary'),
          evidence: ref('evidence'),
          giai_trinh: ref('giai_trinh'),
        },
      };
      taskProps[task.id] = ref(task.id);
    }
  }
  const taskMap = schema.properties.tasks!;
  delete taskMap.additionalProperties;
  taskMap.properties = taskProps;
  taskMap.additionalProperties = false;

  const reporter = (schema.properties.reporter as Json & { properties: Record<string, Json> }).properties;
  reporter.phone = emptyAllowed(reporter.phone);
  const model = (schema.properties.models!.items as Json & { properties: Record<string, Json> }).properties;
  for (const [key, items] of [
    ['type', p.models.types],
    ['field', p.models.fields],
    ['status', p.models.statuses],
  ] as const) {
    const c = choice(items);
    model[key] = { ...model[key], enum: c.enum, description: `${String(model[key]!.description)} ${c.description}.` };
  }
  model.result = emptyAllowed(model.result);
  model.since = emptyAllowed(model.since);
  schema.properties.models = emptyAllowed(schema.properties.models);
  schema.properties.difficulties = emptyAllowed(schema.properties.difficulties);
  schema.properties.proposals = emptyAllowed(schema.properties.proposals);
  schema.properties.plan = {
    ...schema.properties.plan,
    const: p.number,
    description: `Luôn ghi: ${p.number} (${p.title}).`,
  };

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: p.schema_id,
    title: `Báo cáo tháng thực hiện Kế hoạch số ${p.number}`,
    description: `${p.title} — ${p.issuer}, ngày ${p.date}. Mỗi đơn vị, mỗi tháng một tệp: <thư mục báo cáo>/<NĂM-THÁNG>/<mã đơn vị>.yaml.`,
    ...schema,
    $defs: { ...shared, ...tasks },
  };
}

const genericUnits = {
  type: 'object',
  additionalProperties: false,
  required: ['units'],
  properties: {
    units: {
      type: 'array',
      title: 'Đơn vị',
      description: 'Mỗi đơn vị một mục.',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'kind'],
        properties: {
          id: {
            type: 'string',
            pattern: kebab,
            title: 'Mã đơn vị',
            description: 'Chữ thường không dấu, nối bằng gạch ngang, ví dụ: phuong-bach-dang. Cũng là tên tệp báo cáo.',
          },
          name: {
            type: 'string',
            minLength: 1,
            title: 'Tên đơn vị',
            description: 'Tên đầy đủ có dấu, ví dụ: Phường Bạch Đằng.',
          },
          kind: { type: 'string', title: 'Loại đơn vị', description: 'Quyết định nhóm nhiệm vụ phải báo cáo.' },
          parent: {
            type: 'string',
            pattern: kebab,
            title: 'Đơn vị cấp trên',
            description: 'Mã đơn vị cấp trên (không bắt buộc).',
          },
        },
      },
    },
  },
} as const;

export type UnitsFile = FromSchema<typeof genericUnits>;
export type Unit = UnitsFile['units'][number];

/** The JSON Schema of a unit registry (units.yaml) for this plan's unit kinds. */
export function buildUnitsSchema(plan: PlanModel): Json {
  const kinds = plan.data.unit_kinds;
  const schema = clone(genericUnits) as unknown as Json & {
    properties: { units: { items: { properties: Record<string, Json> } } };
  };
  const props = schema.properties.units.items.properties;
  props.kind = {
    ...props.kind,
    enum: kinds.map((k) => k.id),
    description: `${String(props.kind!.description)} ${kinds.map((k) => `${k.id}: ${k.label} (${k.groups.join(', ')})`).join('; ')}.`,
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL('units.schema.json', plan.data.schema_id).href,
    title: 'Danh sách đơn vị báo cáo',
    description: `Các đơn vị báo cáo thực hiện Kế hoạch số ${plan.data.number}.`,
    ...schema,
  };
}
