import type { FromSchema } from 'json-schema-to-ts';

// The one source for the plan file's shape: `danvan schema` writes it to schemas/plan.schema.json,
// the loader validates plan files against it, and the Plan type is inferred from it.
const id = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
const label = { type: 'string', minLength: 1 } as const;
const indicatorRef = {
  type: 'string',
  pattern: '^[A-Z]+\\.[0-9]+\\.[a-z][a-z0-9_]*$',
  description: 'Mã chỉ tiêu đầy đủ: <mã nhiệm vụ>.<mã chỉ tiêu>, ví dụ UB.1.ho_so_tiep_nhan',
} as const;
const operand = { anyOf: [indicatorRef, { type: 'integer', minimum: 0 }] } as const;
const operator = { enum: ['<', '<=', '=', '>=', '>'] } as const;
const labelled = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'label'],
  properties: { id, label },
} as const;

export const planSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://danvan.example.org/schemas/plan.schema.json',
  title: 'Kế hoạch (tệp kế hoạch của danvan)',
  description: 'Một kế hoạch được viết thành dữ liệu: nhóm, nhiệm vụ, chỉ tiêu, quy tắc, tỷ lệ, loại đơn vị.',
  type: 'object',
  additionalProperties: false,
  required: [
    'number',
    'title',
    'issuer',
    'date',
    'year',
    'deadline_day',
    'schema_id',
    'task_statuses',
    'summary_required_for',
    'groups',
    'rules',
    'ratios',
    'models',
    'unit_kinds',
  ],
  properties: {
    number: { type: 'string', pattern: '^[0-9]+-KH/[A-ZĐ]+$', description: 'Số kế hoạch, ví dụ 394-KH/BDVQU' },
    title: label,
    issuer: label,
    date: { type: 'string', format: 'date' },
    year: { type: 'integer', minimum: 2000, maximum: 2100 },
    deadline_day: {
      type: 'integer',
      minimum: 1,
      maximum: 28,
      description: 'Hạn gửi báo cáo: ngày … của chính tháng báo cáo',
    },
    first_month: {
      type: 'string',
      pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
      description:
        'Tháng báo cáo đầu tiên (NĂM-THÁNG); các tháng trước đó không tính là phải báo cáo. Bỏ trống: tháng 1 của năm kế hoạch.',
    },
    schema_id: { type: 'string', format: 'uri', description: '$id của JSON Schema báo cáo sinh ra từ kế hoạch' },
    task_statuses: { type: 'array', minItems: 1, items: labelled },
    summary_required_for: { type: 'array', items: id },
    groups: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'label', 'tasks'],
        properties: {
          id: { type: 'string', pattern: '^[A-Z]+$' },
          label,
          tasks: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'label', 'indicators'],
              properties: {
                id: { type: 'string', pattern: '^[A-Z]+\\.[0-9]+$' },
                label,
                indicators: {
                  type: 'array',
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['id', 'label', 'unit', 'kind'],
                    properties: {
                      id: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
                      label,
                      unit: label,
                      kind: { enum: ['flow', 'stock'] },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'left', 'operator', 'right', 'severity', 'message'],
        properties: {
          id,
          when: {
            type: 'object',
            additionalProperties: false,
            required: ['left', 'operator', 'right'],
            properties: { left: indicatorRef, operator, right: operand },
          },
          left: indicatorRef,
          operator,
          right: operand,
          severity: { enum: ['error', 'warning'] },
          message: label,
        },
      },
    },
    ratios: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'label', 'numerator', 'denominator'],
        properties: {
          id: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
          label,
          numerator: indicatorRef,
          denominator: indicatorRef,
        },
      },
    },
    models: {
      type: 'object',
      additionalProperties: false,
      required: ['types', 'fields', 'statuses'],
      properties: {
        types: { type: 'array', minItems: 1, items: labelled },
        fields: { type: 'array', minItems: 1, items: labelled },
        statuses: { type: 'array', minItems: 1, items: labelled },
      },
    },
    unit_kinds: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'label', 'groups'],
        properties: {
          id,
          label,
          groups: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Z]+$' } },
        },
      },
    },
  },
} as const;

export type Plan = FromSchema<typeof planSchema>;
export type PlanGroup = Plan['groups'][number];
export type PlanTask = PlanGroup['tasks'][number];
export type PlanIndicator = PlanTask['indicators'][number];
export type PlanRule = Plan['rules'][number];
