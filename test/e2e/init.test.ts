import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { fillTemplate } from '../init/fill-template.js';
import { writeDataFolder } from '../status/data-folder.js';

const env = { DANVAN_TODAY: '2020-06-25' };
const schemaName = 'submission-394.schema.json';

/** The file a modeline points at, resolved from the folder of the file that holds it. */
function modelineTarget(file: string): string {
  const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
  const ref = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1];
  expect(ref, first).toBeDefined();
  return resolve(dirname(file), ref!);
}

interface JsonDiagnostic {
  code: string;
  severity: string;
  line: number;
}

/** Diagnostic codes of `danvan validate --format json` for one file (whatever the report's outer shape). */
function validateCodes(dir: string, file: string): { status: number | null; diagnostics: JsonDiagnostic[] } {
  const r = runCli(['validate', '--format', 'json', file], { cwd: dir, env });
  const found: JsonDiagnostic[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.code === 'string' && typeof o.severity === 'string' && typeof o.line === 'number')
        found.push(o as unknown as JsonDiagnostic);
      else Object.values(o).forEach(walk);
    }
  };
  walk(JSON.parse(r.stdout));
  return { status: r.status, diagnostics: found };
}

describe('danvan init (the built bin)', () => {
  let dir: string;
  const target = (period: string, unit: string) => join(dir, 'submissions', period, `${unit}.yaml`);
  const init = (...args: string[]) => runCli(['init', ...args], { cwd: dir, env });

  beforeAll(() => {
    dir = writeDataFolder({});
  });

  it('writes <submissions>/<period>/<unit>.yaml with a modeline that resolves to the schema', () => {
    const r = init('--unit', 'phuong-bach-dang', '--period', '2020-05');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const file = target('2020-05', 'phuong-bach-dang');
    expect(existsSync(file)).toBe(true);
    expect(r.stdout).toContain(join('submissions', '2020-05', 'phuong-bach-dang.yaml'));
    // No plan of its own in this project: the installed package's schema.
    expect(modelineTarget(file)).toBe(join(repoRoot, 'schemas', schemaName));
    const data = parse(readFileSync(file, 'utf8')) as { unit: string; period: string; tasks: Record<string, unknown> };
    expect([data.unit, data.period, Object.keys(data.tasks).length]).toEqual(['phuong-bach-dang', '2020-05', 24]);
  });

  it('untouched, the template fails validation with "chưa điền" (empty-value) and nothing else', () => {
    const { status, diagnostics } = validateCodes(dir, 'submissions/2020-05/phuong-bach-dang.yaml');
    expect(status).toBe(1);
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['empty-value']));
    // The date, name, position, 24 statuses and the 50 indicators of a ward.
    expect(diagnostics).toHaveLength(77);
    const lines = readFileSync(target('2020-05', 'phuong-bach-dang'), 'utf8').split('\n');
    expect(lines[diagnostics[0]!.line - 1]).toMatch(/^submitted:/);
  });

  it('filled in, it validates with no errors (exit 0)', () => {
    const file = target('2020-05', 'phuong-bach-dang');
    writeFileSync(file, fillTemplate(readFileSync(file, 'utf8'), { submitted: '2020-05-18' }));
    const { status, diagnostics } = validateCodes(dir, 'submissions/2020-05/phuong-bach-dang.yaml');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(status).toBe(0);
  });

  it('filling only what is required (text fields left empty) also validates', () => {
    expect(init('--unit', 'hdnd-quan', '--period', '2020-05').status).toBe(0);
    const file = target('2020-05', 'hdnd-quan');
    const required = readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => {
        const m = /^(submitted| {2}name| {2}position| {4}status| {6}\w+):(\s+#.*)$/.exec(l);
        if (!m) return l;
        const value =
          m[1] === 'submitted'
            ? '2020-05-18'
            : m[1]!.trim() === 'status'
              ? 'chua-thuc-hien'
              : /name|position/.test(m[1]!)
                ? 'Lê Văn Nam'
                : '0';
        return `${m[1]}: ${value}${m[2]}`;
      })
      .join('\n');
    writeFileSync(file, required);
    const { status, diagnostics } = validateCodes(dir, 'submissions/2020-05/hdnd-quan.yaml');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(status).toBe(0);
  });

  it('never overwrites: a second init exits 2 and leaves the file as it was', () => {
    const file = target('2020-05', 'phuong-bach-dang');
    const before = readFileSync(file, 'utf8');
    const r = init('--unit', 'phuong-bach-dang', '--period', '2020-05');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('--force overwrites with a fresh template', () => {
    const file = join(dir, 'submissions', '2020-05', 'ubnd-quan.yaml');
    expect(init('--unit', 'ubnd-quan', '--period', '2020-05').status).toBe(0);
    const fresh = readFileSync(file, 'utf8');
    writeFileSync(file, 'nội dung cũ\n');
    const r = init('--unit', 'ubnd-quan', '--period', '2020-05', '--force');
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(fresh);
  });

  it('--from carries forward the reporter, models and stock values; flows start empty; filled, it validates', () => {
    // June from the filled May file, after May gained a model and its own stock values.
    const may = target('2020-05', 'phuong-bach-dang');
    const withModel = readFileSync(may, 'utf8')
      .replace(/kien_nghi_ton: 5/, 'kien_nghi_ton: 7')
      .replace(/dvc_muc_3_4: 5/, 'dvc_muc_3_4: 52')
      .replace(
        /^# models:$/m,
        'models:\n  - { id: camera-an-ninh, type: mo-hinh, name: "Camera an ninh: khu dân cư", field: quoc-phong-an-ninh, status: dang-thuc-hien, since: 2020-03 }',
      );
    writeFileSync(may, withModel);
    expect(validateCodes(dir, 'submissions/2020-05/phuong-bach-dang.yaml').status).toBe(0);

    const r = init(
      '--unit',
      'phuong-bach-dang',
      '--period',
      '2020-06',
      '--from',
      'submissions/2020-05/phuong-bach-dang.yaml',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const june = target('2020-06', 'phuong-bach-dang');
    const data = parse(readFileSync(june, 'utf8')) as {
      period: string;
      submitted: unknown;
      reporter: unknown;
      models: unknown[];
      tasks: Record<string, { status: unknown; indicators?: Record<string, unknown> }>;
    };
    expect(data.period).toBe('2020-06');
    expect(data.submitted).toBeNull();
    expect(data.reporter).toEqual({
      name: 'Nguyễn Thị Lan',
      position: 'Trưởng ban Dân vận Đảng ủy phường',
      phone: '0243 821 2345',
    });
    expect(data.models).toEqual([
      {
        id: 'camera-an-ninh',
        type: 'mo-hinh',
        name: 'Camera an ninh: khu dân cư',
        field: 'quoc-phong-an-ninh',
        status: 'dang-thuc-hien',
        since: '2020-03',
      },
    ]);
    expect(data.tasks['CU.4']!.indicators).toEqual({
      kien_nghi_tiep_nhan: null,
      kien_nghi_da_giai_quyet: null,
      kien_nghi_ton: 7,
    });
    expect(data.tasks['UB.2']!.indicators).toEqual({ dvc_muc_3_4: 52, ho_so_truc_tuyen: null });
    expect(data.tasks['CU.4']!.status).toBeNull();

    writeFileSync(june, fillTemplate(readFileSync(june, 'utf8'), { submitted: '2020-06-19' }));
    expect(validateCodes(dir, 'submissions/2020-06/phuong-bach-dang.yaml').status).toBe(0);
    expect((parse(readFileSync(june, 'utf8')) as typeof data).tasks['CU.4']!.indicators!.kien_nghi_ton).toBe(7);
  });

  it("without --from, points to last month's file when there is one", () => {
    const r = init('--unit', 'phuong-bach-dang', '--period', '2020-07');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`--from ${join('submissions', '2020-06', 'phuong-bach-dang.yaml')}`);
  });

  it('--from a file of another unit, or one that is not YAML, exits 2', () => {
    expect(
      init('--unit', 'hdnd-quan', '--period', '2020-06', '--from', 'submissions/2020-05/phuong-bach-dang.yaml').status,
    ).toBe(2);
    writeFileSync(join(dir, 'hong.yaml'), 'tasks: [unclosed\n');
    expect(init('--unit', 'hdnd-quan', '--period', '2020-06', '--from', 'hong.yaml').status).toBe(2);
    expect(init('--unit', 'hdnd-quan', '--period', '2020-06', '--from', 'khong-co.yaml').status).toBe(2);
    expect(existsSync(target('2020-06', 'hdnd-quan'))).toBe(false);
  });

  it('an unknown unit exits 2 with "did you mean"; a bad or out-of-plan month exits 2', () => {
    const r = init('--unit', 'phuong-bach-dangg', '--period', '2020-05');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"phuong-bach-dang"');
    for (const period of ['2020-5', '05-2020', '2020-Q2', '2021-01']) {
      const bad = init('--unit', 'hdnd-quan', '--period', period);
      expect(bad.status, period).toBe(2);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    }
    expect(init('--period', '2020-05').status).toBe(2);
  });

  it('--out writes there, with the modeline relative to that folder', () => {
    const r = init('--unit', 'mttq-quan', '--period', '2020-05', '--out', 'nhap/mttq-thang-5.yaml');
    expect(r.status).toBe(0);
    expect(modelineTarget(join(dir, 'nhap', 'mttq-thang-5.yaml'))).toBe(join(repoRoot, 'schemas', schemaName));
  });

  it("prefers the project's own schema: beside the configured plan file, else schemas/ beside the config", () => {
    const withPlan = writeDataFolder({
      'danvan.config.yaml': 'plan: ke-hoach/394.plan.yaml\nunits: units.yaml\nsubmissions: bao-cao\n',
    });
    mkdirSync(join(withPlan, 'ke-hoach'));
    copyFileSync(join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml'), join(withPlan, 'ke-hoach', '394.plan.yaml'));
    copyFileSync(join(repoRoot, 'schemas', schemaName), join(withPlan, 'ke-hoach', schemaName));
    expect(runCli(['init', '--unit', 'ubnd-quan', '--period', '2020-05'], { cwd: withPlan, env }).status).toBe(0);
    const file = join(withPlan, 'bao-cao', '2020-05', 'ubnd-quan.yaml');
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe(
      `# yaml-language-server: $schema=../../ke-hoach/${schemaName}`,
    );

    const withSchemas = writeDataFolder({
      [`schemas/${schemaName}`]: readFileSync(join(repoRoot, 'schemas', schemaName), 'utf8'),
    });
    expect(
      runCli(['init', '--unit', 'ubnd-quan', '--period', '2020-05'], { cwd: join(withSchemas, 'schemas'), env }).status,
    ).toBe(0);
    expect(readFileSync(join(withSchemas, 'submissions', '2020-05', 'ubnd-quan.yaml'), 'utf8').split('\n')[0]).toBe(
      `# yaml-language-server: $schema=../../schemas/${schemaName}`,
    );
  });
});
