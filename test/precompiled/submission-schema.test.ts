import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/core/ajv.js';
import { loadPlan } from '../../src/core/plan.js';
import { buildSubmissionSchema } from '../../src/core/submission-schema.js';
import { submissionChecker } from '../../src/core/validate/checker.js';
import { repoRoot } from '../helpers/cli.js';

type Json = Record<string, unknown>;
const planFile = join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml');
const plan = loadPlan(readFileSync(planFile, 'utf8'), planFile).plan!;
const schema = buildSubmissionSchema(plan) as Json & {
  $defs: Record<string, Json & { properties?: Record<string, Json> }>;
  properties: Record<
    string,
    Json & { properties?: Record<string, Json>; items?: Json & { properties: Record<string, Json> } }
  >;
};
const taskIds = [...plan.tasks.keys()];

const good = () => ({
  plan: '394-KH/BDVQU',
  unit: 'phuong-bach-dang',
  period: '2020-05',
  submitted: '2020-05-18',
  reporter: { name: 'Nguyễn Thị Lan', position: 'Trưởng ban Dân vận', phone: '0243 821 2345' as string | null },
  tasks: {
    'UB.1': {
      status: 'dang-thuc-hien',
      summary: 'Tiếp nhận đủ hồ sơ.' as string | null,
      indicators: { ho_so_tiep_nhan: 4 },
    },
  } as Record<string, Json>,
  models: [
    {
      id: 'ngo-pho-van-minh',
      type: 'mo-hinh',
      name: 'Ngõ phố văn minh',
      field: 'van-hoa-xa-hoi',
      status: 'dang-thuc-hien',
      result: 'Tốt' as string | null,
    },
  ],
  difficulties: 'Không' as string | null,
  proposals: 'Không' as string | null,
});

describe('the submission schema: shared task fields written once', () => {
  it('status, summary and evidence are $defs every task refers to; each task keeps its title, description and own closed indicators', () => {
    for (const shared of ['status', 'summary', 'evidence', 'count']) expect(schema.$defs[shared], shared).toBeDefined();
    for (const id of taskIds) {
      const task = schema.$defs[id]!;
      const { task: planTask } = plan.tasks.get(id)!;
      expect(task.title).toBe(`${id}. ${planTask.label}`);
      expect(task.description).toContain(planTask.label);
      expect(task.properties!.status).toEqual({ $ref: '#/$defs/status' });
      expect(task.properties!.summary).toEqual({ $ref: '#/$defs/summary' });
      expect(task.properties!.evidence).toEqual({ $ref: '#/$defs/evidence' });
      const indicators = task.properties!.indicators as (Json & { properties: Record<string, Json> }) | undefined;
      // A task without indicators may only leave `indicators:` empty.
      if (planTask.indicators.length === 0) expect(indicators).toMatchObject({ type: 'null' });
      else {
        expect(indicators!.additionalProperties).toBe(false);
        expect(Object.keys(indicators!.properties)).toEqual(planTask.indicators.map((i) => i.id));
        for (const ind of planTask.indicators)
          expect(indicators!.properties[ind.id]).toMatchObject({ $ref: '#/$defs/count', title: ind.label });
      }
    }
  });

  it('the status list is written once, not once per task', () => {
    const json = JSON.stringify(schema);
    expect(json.split('"enum":["chua-thuc-hien"').length - 1).toBe(1);
  });

  it('the validator still names the shared task fields by their titles', () => {
    const titles = submissionChecker(plan).titles.task;
    expect(titles.get('status')).toBe(schema.$defs.status!.title);
    expect(titles.get('summary')).toBe(schema.$defs.summary!.title);
    expect(titles.get('evidence')).toBe(schema.$defs.evidence!.title);
    expect(titles.get('giai_trinh')).toBe(schema.$defs.giai_trinh!.title);
    expect(titles.get('indicators')).toBe('Chỉ tiêu');
    expect(submissionChecker(plan).taskKeys.sort()).toEqual([
      'evidence',
      'giai_trinh',
      'indicators',
      'status',
      'summary',
    ]);
  });
});

describe('the submission schema: optional texts `danvan init` writes empty', () => {
  const validate = createAjv().compile(schema);

  it.each([
    [
      'reporter.phone',
      (s: ReturnType<typeof good>) => {
        s.reporter.phone = null;
      },
    ],
    [
      'task summary',
      (s: ReturnType<typeof good>) => {
        s.tasks['UB.1']!.summary = null;
      },
    ],
    [
      'model result',
      (s: ReturnType<typeof good>) => {
        s.models[0]!.result = null;
      },
    ],
    [
      'difficulties',
      (s: ReturnType<typeof good>) => {
        s.difficulties = null;
      },
    ],
    [
      'proposals',
      (s: ReturnType<typeof good>) => {
        s.proposals = null;
      },
    ],
  ])('accepts %s left empty (null)', (_, empty) => {
    const s = good();
    empty(s);
    expect(validate(s), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    [
      'submitted',
      (s: Json) => {
        s.submitted = null;
      },
    ],
    [
      'reporter.name',
      (s: Json) => {
        (s.reporter as Json).name = null;
      },
    ],
    [
      'task status',
      (s: Json) => {
        ((s.tasks as Json)['UB.1'] as Json).status = null;
      },
    ],
    [
      'an indicator',
      (s: Json) => {
        (((s.tasks as Json)['UB.1'] as Json).indicators as Json).ho_so_tiep_nhan = null;
      },
    ],
    [
      'task summary as a number',
      (s: Json) => {
        ((s.tasks as Json)['UB.1'] as Json).summary = 5;
      },
    ],
  ])('still refuses %s left empty or of the wrong kind', (_, spoil) => {
    const s = good() as unknown as Json;
    spoil(s);
    expect(validate(s)).toBe(false);
  });
});
