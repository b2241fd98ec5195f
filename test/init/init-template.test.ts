import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, parse, parseDocument, type YAMLMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/core/ajv.js';
import { readCarryForward } from '../../src/core/carry-forward.js';
import { buildInitTemplate } from '../../src/core/init-template.js';
import { loadPlan, tasksForKind } from '../../src/core/plan.js';
import { buildSubmissionSchema } from '../../src/core/submission-schema.js';
import type { Unit } from '../../src/core/units.js';
import { repoRoot } from '../helpers/cli.js';
import { fillTemplate } from './fill-template.js';

const planFile = join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml');
const plan = loadPlan(readFileSync(planFile, 'utf8'), planFile).plan!;
const validate = createAjv().compile(buildSubmissionSchema(plan));
const ward: Unit = { id: 'phuong-bach-dang', name: 'Phường Bạch Đằng', kind: 'phuong' };
const council: Unit = { id: 'hdnd-quan', name: 'Thường trực HĐND quận', kind: 'hdnd-quan' };
const schemaRef = '../../../schemas/submission-394.schema.json';

type Data = Record<string, unknown> & {
  tasks: Record<string, { status: unknown; indicators?: Record<string, unknown>; summary?: unknown }>;
};

describe('buildInitTemplate', () => {
  const text = buildInitTemplate({ plan, unit: ward, period: '2020-05', schemaRef });
  const data = parse(text) as Data;

  it('starts with the modeline pointing at the given schema path', () => {
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaRef}`);
  });

  it("names the plan, unit and month, and holds exactly the tasks of the unit's kind, in plan order", () => {
    expect(data.plan).toBe('394-KH/BDVQU');
    expect(data.unit).toBe('phuong-bach-dang');
    expect(data.period).toBe('2020-05');
    expect(Object.keys(data.tasks)).toEqual(tasksForKind(plan, 'phuong').map((t) => t.id));
    expect(Object.keys(data.tasks)).toHaveLength(24);
    const hd = parse(buildInitTemplate({ plan, unit: council, period: '2020-05', schemaRef })) as Data;
    expect(Object.keys(hd.tasks)).toEqual(['HD.1', 'HD.2', 'HD.3', 'HD.4']);
  });

  it('leaves every value the unit must supply empty (null), never 0', () => {
    expect(data.submitted).toBeNull();
    expect(data.reporter).toEqual({ name: null, position: null, phone: null });
    for (const task of tasksForKind(plan, 'phuong')) {
      const entry = data.tasks[task.id]!;
      expect(entry.status, task.id).toBeNull();
      if (task.indicators.length === 0) expect(entry.indicators, task.id).toBeUndefined();
      else expect(entry.indicators, task.id).toEqual(Object.fromEntries(task.indicators.map((i) => [i.id, null])));
    }
    expect(data.models).toBeUndefined();
  });

  it('untouched, fails the schema at every placeholder (an empty template is never a month of zeros)', () => {
    expect(validate(data)).toBe(false);
    const nullErrors = (validate.errors ?? []).filter((e) => e.keyword === 'type').map((e) => e.instancePath);
    expect(nullErrors).toContain('/submitted');
    expect(nullErrors).toContain('/tasks/UB.1/indicators/ho_so_tiep_nhan');
    expect(nullErrors).toContain('/tasks/CU.2/status');
  });

  it('comments each indicator with its label, unit of measure and kind; each status with the allowed values', () => {
    const lines = text.split('\n');
    for (const task of tasksForKind(plan, 'phuong')) {
      for (const ind of task.indicators) {
        const line = lines.find((l) => l.startsWith(`      ${ind.id}:`) && l.includes(ind.label));
        expect(line, `${task.id}.${ind.id}`).toBeDefined();
        expect(line).toContain(`(${ind.unit})`);
        expect(line).toContain(ind.kind === 'stock' ? 'số tồn cuối tháng' : 'số phát sinh trong tháng');
        expect(line).toMatch(/^\s+\w+:\s+#/);
      }
      expect(lines).toContain(`  # ${task.id}. ${task.label}`);
    }
    const statusLines = lines.filter((l) => /^ {4}status:/.test(l));
    expect(statusLines).toHaveLength(24);
    for (const s of plan.data.task_statuses) for (const l of statusLines) expect(l).toContain(`${s.id} (${s.label})`);
  });

  it('says the deadline in the header and beside `submitted`', () => {
    expect(text).toContain('# Hạn gửi: chậm nhất ngày 20/5/2020.');
    expect(text).toMatch(/^submitted:\s+#.*2020-05-20/m);
  });

  it('is plain YAML an editor keeps as is: spaces only, no trailing blanks, ends with one newline', () => {
    expect(text).not.toMatch(/\t/);
    expect(text).not.toMatch(/ +\n/);
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
    expect(parseDocument(text, { uniqueKeys: true }).errors).toEqual([]);
  });

  it('filled in, it satisfies the submission schema (for every kind of unit)', () => {
    for (const kind of plan.data.unit_kinds) {
      const unit: Unit = { id: `don-vi-${kind.id}`, name: kind.label, kind: kind.id };
      const filled = parse(
        fillTemplate(buildInitTemplate({ plan, unit, period: '2020-05', schemaRef }), { submitted: '2020-05-18' }),
      );
      expect(validate(filled), `${kind.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('the commented model example, uncommented, is a valid model entry', () => {
    const lines = text.split('\n');
    const start = lines.indexOf('# models:');
    expect(start).toBeGreaterThan(0);
    const block = lines
      .slice(start)
      .filter((l) => l.startsWith('#'))
      .map((l) => l.slice(2))
      .join('\n');
    const models = (parse(block) as { models: unknown[] }).models;
    const filled = { ...(parse(fillTemplate(text, { submitted: '2020-05-18' })) as object), models };
    expect(validate(filled), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('buildInitTemplate with --from (carry forward)', () => {
  const earlier = readFileSync(join(repoRoot, 'test', 'fixtures', 'init', 'earlier-month.yaml'), 'utf8');
  const { carry } = readCarryForward(plan, earlier);
  const text = buildInitTemplate({ plan, unit: ward, period: '2020-05', schemaRef, ...(carry && { carry }) });
  const data = parse(text) as Data & { reporter: Record<string, unknown>; models: Record<string, unknown>[] };

  it('carries the reporter, every model and exemplar, and the stock values; flows start empty', () => {
    expect(data.reporter).toEqual({
      name: 'Nguyễn Thị Lan',
      position: 'Trưởng ban Dân vận Đảng ủy phường',
      phone: '0243 8212 345',
    });
    expect(data.tasks['CU.4']!.indicators).toEqual({
      kien_nghi_tiep_nhan: null,
      kien_nghi_da_giai_quyet: null,
      kien_nghi_ton: 8,
    });
    expect(data.tasks['CU.5']!.indicators).toEqual({
      don_thu_tiep_nhan: null,
      don_thu_da_giai_quyet: null,
      vu_viec_phuc_tap: 1,
    });
    expect(data.tasks['UB.2']!.indicators).toEqual({ dvc_muc_3_4: 52, ho_so_truc_tuyen: null });
    // A stock the earlier month did not report stays a placeholder, not 0.
    expect(data.tasks['HD.3']!.indicators).toEqual({
      kien_nghi_cu_tri_da_giai_quyet: null,
      kien_nghi_cu_tri_dang_theo_doi: null,
    });
    // Status and summary are the new month's to write.
    expect(data.tasks['CU.4']!.status).toBeNull();
    expect(data.tasks['CU.4']!.summary).toBeNull();
    expect(data.models).toEqual([
      {
        id: 'camera-an-ninh',
        type: 'mo-hinh',
        name: 'Camera an ninh khu dân cư: "mắt thần" #1',
        field: 'quoc-phong-an-ninh',
        status: 'dang-thuc-hien',
        since: '2020-03',
        result: 'Lắp 12 camera.\nGiảm 30% vụ trộm cắp.',
      },
      {
        id: 'nguyen-van-hung',
        type: 'dien-hinh',
        name: 'Ông Nguyễn Văn Hùng, Tổ trưởng tổ dân phố số 5',
        field: 'van-hoa-xa-hoi',
        status: 'cong-nhan',
      },
    ]);
  });

  it('leaves behind what would be wrong in the new month: unknown model keys, negative or text stocks', () => {
    expect(text).not.toContain('ghi_chu_rieng');
    expect(data.tasks['UB.5']!.indicators!.vu_viec_phuc_tap).toBeNull(); // "3" (text) in the earlier file
    expect(data.tasks['CU.1']!.indicators).toEqual({
      hoi_nghi_quan_triet: null,
      luot_nguoi_du: null,
      van_ban_chi_dao: null,
    });
  });

  it('says in comments where the carried values come from', () => {
    expect(text).toMatch(/^ {6}kien_nghi_ton: 8\s+#.*tháng 4\/2020/m);
    expect(text).toContain('lấy từ báo cáo tháng 4/2020');
  });

  it('filled in, it satisfies the schema, with the carried values unchanged', () => {
    const filled = parse(fillTemplate(text, { submitted: '2020-05-18' })) as Data;
    expect(validate(filled), JSON.stringify(validate.errors)).toBe(true);
    expect(filled.tasks['CU.4']!.indicators!.kien_nghi_ton).toBe(8);
  });

  it('keeps the document well formed whatever the carried text holds (quotes, colons, #, newlines)', () => {
    const doc = parseDocument(text, { uniqueKeys: true });
    expect(doc.errors).toEqual([]);
    const models = doc.get('models') as { items: YAMLMap[] };
    const first = models.items[0]!;
    expect(isMap(first) && first.items.every((p) => isPair(p) && isScalar(p.value))).toBe(true);
  });
});

describe('readCarryForward', () => {
  it('says why a file cannot be used', () => {
    expect(readCarryForward(plan, 'tasks: [unclosed').problem).toBe('yaml');
    expect(readCarryForward(plan, '- a\n- b\n').problem).toBe('not-mapping');
    expect(readCarryForward(plan, 'unit: ph\uFFFDng\n').problem).toBe('encoding');
  });

  it('normalises decomposed (NFD) Vietnamese to NFC', () => {
    const { carry } = readCarryForward(
      plan,
      `reporter: { name: "${'Nguyễn Thị Lan'.normalize('NFD')}", position: x }\n`,
    );
    expect(carry?.reporter.name).toBe('Nguyễn Thị Lan');
  });

  it('accepts a UTF-8 byte order mark and reports the earlier unit and month', () => {
    const { carry } = readCarryForward(plan, '\uFEFFunit: phuong-bach-dang\nperiod: 2020-04\n');
    expect(carry).toMatchObject({ unit: 'phuong-bach-dang', period: '2020-04', models: [], reporter: {} });
    expect(carry?.stocks.size).toBe(0);
  });
});
