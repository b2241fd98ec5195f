/*
 * The fast path may settle a file only with exactly the result the exact path gives. Here both run
 * on the whole test corpus — the example submissions, the invalid examples, every YAML file under
 * test/fixtures, the benchmark generator's district set with its deliberate mistakes — and on
 * generated and mutated submissions, with and without a unit registry, on two dates; the results
 * (verdict, diagnostics, data and its key order) must be the same every time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRegistry, type Registry } from '../../src/core/units.js';
import { checkSubmissionFast } from '../../src/core/validate/fast-path.js';
import { checkSubmissionExact, checkSubmissionFile, type CheckedFile } from '../../src/core/validate/validate-file.js';
import { buildUnits, generateFiles, readPlan, renderUnitsFile } from '../bench/generate.js';
import { applyRoughEdit, roughEdits } from '../helpers/rough-edits.js';
import { fixtures, plan, registry, root } from './helpers.js';

const TODAYS = ['2020-12-31', '2020-04-15'];
/** DANVAN_DIFF_RUNS=20000 for a longer search than the test suite's. */
const RUNS = Number(process.env.DANVAN_DIFF_RUNS ?? 1500);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return yamlFiles(full);
      return /\.ya?ml$/i.test(name) ? [full] : [];
    });
}

function registryOf(file: string): Registry {
  const loaded = loadRegistry(readFileSync(file, 'utf8'), file, plan());
  if (!loaded.registry) throw new Error(`${file} does not load`);
  return loaded.registry;
}

/** What the two paths must agree on: everything but where the unit id is written (see below). */
function comparable(c: CheckedFile): unknown {
  const { unitAt: _a, unitAtPending: _p, ...rest } = c;
  return rest;
}

interface Tally {
  cases: number;
  /** Cases the exact path found nothing to report in: the ones the fast path may settle without positions. */
  clean: number;
  /** Settled without positions. */
  fast: number;
  /** With findings, checked by the fast path, their places found on demand. */
  positioned: number;
}

const tallyOf = (): Tally => ({ cases: 0, clean: 0, fast: 0, positioned: 0 });

/**
 * Checks one file both ways under every registry and date, and counts how the fast path took it.
 * Settling a file without positions, it leaves where the unit id is written to the exact path
 * (unitAtPending): the exact path must know that place. With positions, it must give that place too.
 */
function agree(bytes: Uint8Array, file: string, registries: readonly (Registry | undefined)[], tally: Tally): void {
  for (const reg of registries) {
    for (const today of TODAYS) {
      const input = { bytes, file, plan: plan(), registry: reg, today };
      const both = checkSubmissionFile(input);
      const exact = checkSubmissionExact(input);
      expect(comparable(both), `${file} (${today}, ${reg ? 'registry' : 'no registry'})`).toStrictEqual(
        comparable(exact),
      );
      expect(JSON.stringify(both.result), file).toBe(JSON.stringify(exact.result));
      tally.cases++;
      if (exact.result.diagnostics.length === 0) tally.clean++;
      if (both.unitAtPending) {
        tally.fast++;
        expect(exact.unitAt, file).toBeDefined();
      } else {
        expect(both.unitAt, file).toEqual(exact.unitAt);
        if (checkSubmissionFast(input)) tally.positioned++;
      }
    }
  }
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('fast path and exact path give the same results', () => {
  it('on the example submissions (most of them settled by the fast path)', () => {
    const dir = join(root, 'examples', 'submissions');
    const reg = registryOf(join(root, 'examples', 'units.yaml'));
    const tally = tallyOf();
    for (const f of yamlFiles(dir)) agree(readFileSync(f), `submissions/${relative(dir, f)}`, [reg, undefined], tally);
    expect(tally.cases).toBeGreaterThan(400);
    // Without the fast path actually settling files this test would prove nothing.
    expect(tally.clean).toBeGreaterThan(100);
    expect(tally.fast / tally.clean).toBeGreaterThan(0.9);
  });

  it('on the invalid examples', () => {
    const dir = join(root, 'examples', 'invalid');
    const reg = registryOf(join(root, 'examples', 'units.yaml'));
    const tally = tallyOf();
    for (const f of yamlFiles(dir)) agree(readFileSync(f), relative(root, f), [reg, undefined], tally);
    expect(tally.cases).toBeGreaterThan(150);
    expect(tally.positioned).toBeGreaterThan(20);
  });

  it('on every YAML file under test/fixtures', () => {
    const tally = tallyOf();
    for (const f of yamlFiles(join(root, 'test', 'fixtures')))
      agree(readFileSync(f), relative(root, f), [registry(), undefined], tally);
    expect(tally.cases).toBeGreaterThan(40);
    expect(tally.fast).toBeGreaterThan(0);
  });

  it("on the benchmark generator's district set, deliberate mistakes included", () => {
    const gen = readPlan();
    const reg = loadRegistry(renderUnitsFile(gen, buildUnits(gen, 30)), 'units.yaml', plan()).registry!;
    const tally = tallyOf();
    let mistakes = 0;
    for (const g of generateFiles(gen, { size: 'district', mistakeShare: 0.1 })) {
      if (g.mistake) mistakes++;
      agree(encode(g.text), `submissions/${g.path}`, [reg], tally);
    }
    expect(mistakes).toBeGreaterThan(20);
    expect(tally.clean).toBeGreaterThan(200);
    expect(tally.fast / tally.clean).toBeGreaterThan(0.9);
    // Most files with a mistake or a warning are checked by the fast path, placed on demand.
    expect(tally.positioned).toBeGreaterThan((tally.cases - tally.clean) / 2);
  });
});

/*
 * Invalid or treacherous YAML next to comments, quotes, flow collections and block texts, written
 * into a valid file: the fast path must give the exact path's verdict, findings and data on each.
 */
const NEAR_COMMENTS: [string, string, string][] = [
  [
    'a quoted value with a comment glued to it',
    'reporter: { name: Trần Văn Hùng, position: Chánh Văn phòng HĐND và UBND quận }',
    'reporter:\n  name: Trần Văn Hùng\n  position: Chánh Văn phòng\n  phone: "0243 8212 345"# di động',
  ],
  [
    'a single-quoted value with a comment glued to it',
    'summary: Tiếp tục',
    "summary: 'Tiếp tục'# x\n    evidence: [a]\n    x: |\n      Tiếp tục",
  ],
  [
    'a flow mapping with a comment glued to it',
    'indicators: { dvc_muc_3_4: 143, ho_so_truc_tuyen: 402 }',
    'indicators: { dvc_muc_3_4: 143, ho_so_truc_tuyen: 402 }# x',
  ],
  ['a flow list with a comment glued to it', 'summary: Tiếp tục', 'evidence: [Số 1, Số 2]# x\n    summary: Tiếp tục'],
  [
    'a comment inside a one-line flow',
    'indicators: { dvc_muc_3_4: 143, ho_so_truc_tuyen: 402 }',
    'indicators: { dvc_muc_3_4: 143, # x\n      ho_so_truc_tuyen: 402 }',
  ],
  [
    'an all-blank block text, blank lines indented further, then a comment indented less',
    'summary: Tiếp tục',
    'summary: |\n\n        \n      # ghi chú\n    evidence: [a]\n    x: Tiếp tục',
  ],
  ['an all-blank folded text before a comment', 'summary: Tiếp tục', 'summary: >\n\n      \n# c\n    x: Tiếp tục'],
  ['two quoted texts in a row', 'summary: Tiếp tục', 'summary: "Tiếp" "tục'],
  ['words after a flow list', 'summary: Tiếp tục', 'summary: [Tiếp, tục] x'],
  ['a text cut by " #"', 'summary: Tiếp tục', 'summary: Ban hành Kế hoạch #12 về tuyên truyền\n    x: Tiếp tục'],
  [
    'a name cut by " #"',
    'reporter: { name: Trần Văn Hùng, position: Chánh Văn phòng HĐND và UBND quận }',
    'reporter:\n  name: Trần Văn Hùng #trưởng ban\n  position: Chánh Văn phòng',
  ],
  [
    'an evidence line cut by " #"',
    'summary: Tiếp tục',
    'evidence:\n      - Thông báo số 12-TB/UBND #số 2\n    summary: Tiếp tục',
  ],
  ['a comment after a quoted text', 'summary: Tiếp tục', 'summary: "Tiếp tục" # đã kiểm tra\n    x: Tiếp tục'],
  ['a comment after a status', 'status: dang-thuc-hien', 'status: dang-thuc-hien # ghi chú'],
  [
    'a comment after a number in a block mapping',
    'UB.3: { status: thuong-xuyen, indicators: { vu_viec_phat_hien: 0 } }',
    'UB.3:\n    status: thuong-xuyen\n    indicators:\n      vu_viec_phat_hien: 0 # số liệu quý',
  ],
  ['a comment after an empty text', 'summary: Tiếp tục', 'summary: # để trống\n    x: Tiếp tục'],
  [
    'a note set apart after a name, as the init template writes it',
    'reporter: { name: Trần Văn Hùng, position: Chánh Văn phòng HĐND và UBND quận }',
    'reporter:\n  name: Trần Văn Hùng       # họ và tên\n  position: Chánh Văn phòng   #\n  phone: "0243"  # x',
  ],
  ['a hash after two spaces glued to a word', 'summary: Tiếp tục', 'summary: Tổ chức hội nghị  #2\n    x: Tiếp tục'],
  ['a hash after one space and a space', 'summary: Tiếp tục', 'summary: Kế hoạch # 12\n    x: Tiếp tục'],
  ['a hash glued to a word in a text', 'summary: Tiếp tục', 'summary: Kế hoạch#12 về tuyên truyền\n    x: Tiếp tục'],
  ['no task at all', /tasks:[^]*$/.source, 'tasks: {}\n'],
];

describe('fast path and exact path agree on invalid YAML near comments, quotes, flows and block texts', () => {
  it.each(NEAR_COMMENTS)('%s', (_, from, to) => {
    const base = readFileSync(join(fixtures, 'collect', '2020-04', 'ubnd-quan.yaml'), 'utf8');
    const text = from.startsWith('tasks:[') ? base.replace(new RegExp(from), to) : base.replace(from, to);
    expect(text).not.toBe(base);
    agree(encode(text), 'submissions/2020-04/ubnd-quan.yaml', [registry(), undefined], tallyOf());
  });
});

/*
 * A unit's explanation of a warning (`giai_trinh:` under the task) written every way YAML allows, on
 * a task with a warning, without one, and off its type: the fast reader must read the key exactly as
 * the exact path does, so the same warnings are explained, and the same texts are unused or cut.
 */
const UB5_WARNING =
  'UB.5:\n    status: thuong-xuyen\n    indicators: { cuoc_doi_thoai: 1, don_tiep_nhan: 31, don_da_giai_quyet: 40, vu_viec_phuc_tap: 3 }';
const EXPLANATIONS: [string, string][] = [
  ['a plain text', 'giai_trinh: Giải quyết cả 9 đơn tồn từ tháng 3.'],
  ['a double-quoted text with a colon', 'giai_trinh: "Đã giải quyết: 31 đơn mới và 9 đơn tồn."'],
  ['a single-quoted text', "giai_trinh: 'Gồm cả đơn tồn, theo ''Báo cáo 12'''"],
  ['a literal block text', 'giai_trinh: |\n      Gồm cả 9 đơn tồn từ tháng 3.\n      Đã đối chiếu sổ theo dõi.'],
  ['a folded block text', 'giai_trinh: >-\n      Gồm cả 9 đơn tồn\n      từ tháng 3.'],
  ['a text with a comment set apart', 'giai_trinh: Gồm cả đơn tồn   # lời giải trình'],
  ['a text cut by " #"', 'giai_trinh: Gồm cả đơn tồn theo Báo cáo #12 của quận'],
  ['an empty explanation', 'giai_trinh:'],
  ['an explanation of spaces in quotes', 'giai_trinh: "   "'],
  ['a number for a text', 'giai_trinh: 9'],
  ['a list for a text', 'giai_trinh: [Gồm cả đơn tồn]'],
  ['a key written twice', 'giai_trinh: Một\n    giai_trinh: Hai'],
];

describe('fast path and exact path agree on explanations (giai_trinh)', () => {
  const base = readFileSync(join(fixtures, 'collect', '2020-04', 'ubnd-quan.yaml'), 'utf8');
  const ub5 = / {2}UB\.5: .*\n/;
  const tally = tallyOf();

  it.each(EXPLANATIONS)('%s, under a task with a warning and under one without', (_, line) => {
    const withWarning = base.replace(ub5, `  ${UB5_WARNING}\n    ${line}\n`);
    const without = base.replace(
      '    summary: Tiếp tục cung cấp dịch vụ công trực tuyến mức độ 3, 4.\n',
      `    summary: Tiếp tục cung cấp dịch vụ công trực tuyến mức độ 3, 4.\n    ${line}\n`,
    );
    const inFlow = base.replace(
      '  UB.3: { status: thuong-xuyen, indicators: { vu_viec_phat_hien: 0 } }',
      `  UB.3: { status: thuong-xuyen, indicators: { vu_viec_phat_hien: 0 }, ${line.replace(/\n.*/s, '')} }`,
    );
    for (const text of [withWarning, without, inFlow]) {
      expect(text).not.toBe(base);
      agree(encode(text), 'submissions/2020-04/ubnd-quan.yaml', [registry(), undefined], tally);
    }
  });

  it('compared something: the fast path read explanations, and some warnings were explained', () => {
    const explainedOn = (line: string) =>
      checkSubmissionFast({
        bytes: encode(base.replace(ub5, `  ${UB5_WARNING}\n    ${line}\n`)),
        file: 'submissions/2020-04/ubnd-quan.yaml',
        plan: plan(),
        registry: registry(),
        today: '2020-12-31',
      })?.result.explained?.length;
    expect(explainedOn(EXPLANATIONS[0]![1])).toBe(1);
    expect(explainedOn(EXPLANATIONS[4]![1])).toBe(1);
    expect(tally.positioned).toBeGreaterThan(10);
  });
});

/*
 * Mutations: what a careless official or an editor does to a file. "Benign" ones keep it valid YAML
 * and usually a valid submission written another way (quotes, comments, block and flow styles,
 * folded lines, CRLF, NFD text, numbers in other notations); "rough" ones break it.
 */
const KEY_VALUE = /^( *)(- )?([A-Za-z_][\w.]*): (\S.*)$/;
const NUMBER_FORMS = [
  '1.000',
  '0x1F',
  '0o17',
  '+5',
  '1e3',
  '12.0',
  '.5',
  '007',
  '1_000',
  '-0',
  '-3',
  '.inf',
  '.NaN',
  '~',
  'null',
  'Null',
  'NULL',
  '',
  'TRUE',
  'False',
  'yes',
  'on',
  '2020-04-01',
  '"12"',
  "'12'",
  '12345678901234567890',
  '9007199254740993',
  '123456789012345',
  '1234567890123456',
  '0',
  '00',
  '1,5',
  '"1 000"',
];

const benign = fc.oneof(
  fc.record({ kind: fc.constant('quote' as const), at: fc.nat(), style: fc.constantFrom('"', "'") }),
  fc.record({ kind: fc.constant('comment' as const), at: fc.nat(), own: fc.boolean() }),
  fc.record({ kind: fc.constant('blank' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('trailing' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('fold' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('block' as const),
    at: fc.nat(),
    style: fc.constantFrom('|', '|-', '>', '>-', '|+', '|2', '>-1'),
  }),
  fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: fc.constantFrom(...NUMBER_FORMS) }),
  fc.record({ kind: fc.constant('flow' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('key' as const),
    at: fc.nat(),
    style: fc.constantFrom('"', "'", 'nfd', 'upper', 'space'),
  }),
  fc.record({
    kind: fc.constant('whole' as const),
    op: fc.constantFrom('crlf', 'nfd', 'indent', 'lone-cr', 'line-separator'),
  }),
);
const rough = roughEdits({ insertMax: 3, deleteMax: 8, lineOps: ['drop', 'repeat', 'indent', 'dedent', 'swap'] });
const mutation = fc.oneof({ arbitrary: benign, weight: 3 }, { arbitrary: rough, weight: 2 });
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const pick = (at: number) => at % lines.length;
  const keyValueLines = lines.flatMap((l, i) => (KEY_VALUE.test(l) ? [i] : []));
  const pickKeyValue = (at: number) =>
    keyValueLines.length === 0 ? undefined : keyValueLines[at % keyValueLines.length]!;
  switch (m.kind) {
    case 'insert':
    case 'delete':
    case 'line':
      return applyRoughEdit(text, m);
    case 'whole':
      if (m.op === 'crlf') return text.replace(/\r?\n/g, '\r\n');
      if (m.op === 'lone-cr') return text.replace(/\n/, '\r');
      if (m.op === 'line-separator') return text.replace(/\n/, '\u2028');
      if (m.op === 'nfd') return text.normalize('NFD');
      return text
        .split('\n')
        .map((l) => (l === '' ? l : `  ${l}`))
        .join('\n');
    case 'blank':
      lines.splice(pick(m.at), 0, '');
      return lines.join('\n');
    case 'trailing':
      lines[pick(m.at)] += '   ';
      return lines.join('\n');
    case 'comment': {
      const i = pick(m.at);
      if (m.own) lines.splice(i, 0, `${/^ */.exec(lines[i] ?? '')![0]}# ghi chú: đã kiểm tra`);
      else lines[i] += ' # ghi chú';
      return lines.join('\n');
    }
    default: {
      const i = pickKeyValue(m.at);
      if (i === undefined) return text;
      const [, indent, dash = '', key, value] = KEY_VALUE.exec(lines[i]!)!;
      const head = `${indent}${dash}${key}:`;
      const deeper = `${indent}${' '.repeat(dash.length)}  `;
      if (m.kind === 'quote') {
        if (/^["'{[|>]/.test(value!)) return text;
        lines[i] = m.style === '"' ? `${head} "${value}"` : `${head} '${value!.replace(/'/g, "''")}'`;
      } else if (m.kind === 'fold') {
        const words = value!.split(' ');
        if (words.length < 2 || /^["'{[|>]/.test(value!)) return text;
        const half = words.length >> 1;
        lines.splice(i, 1, `${head} ${words.slice(0, half).join(' ')}`, `${deeper}${words.slice(half).join(' ')}`);
      } else if (m.kind === 'block') {
        if (/^["'{[|>]/.test(value!)) return text;
        lines.splice(i, 1, `${head} ${m.style}`, `${deeper}${value}`);
      } else if (m.kind === 'number') {
        lines[i] = `${head} ${m.value}`;
      } else if (m.kind === 'key') {
        const k =
          m.style === 'nfd'
            ? `${key}ế`.normalize('NFD')
            : m.style === 'upper'
              ? key!.toUpperCase()
              : m.style === 'space'
                ? `${key} `
                : `${m.style}${key}${m.style}`;
        lines[i] = `${indent}${dash}${k}: ${value}`;
      } else {
        // flow ↔ block: a one-line mapping spread over lines, or a block value made a one-item flow
        const flow = /^\{ *(.*?) *\}$/.exec(value!);
        if (flow) lines.splice(i, 1, `${head}`, ...flow[1]!.split(/, */).map((kv) => `${deeper}${kv}`));
        else lines[i] = `${head} [${value}]`;
      }
      return lines.join('\n');
    }
  }
}

describe('fast path and exact path agree on mutated submissions', () => {
  const gen = readPlan();
  const genRegistry = loadRegistry(renderUnitsFile(gen, buildUnits(gen, 30)), 'units.yaml', plan()).registry!;
  const exampleRegistry = registryOf(join(root, 'examples', 'units.yaml'));
  const seeds = [
    ...[...generateFiles(gen, { size: 'district', mistakeShare: 0 })]
      .filter((g, i) => i % 37 === 0 && g.month >= '2020-03' && g.warnings.length === 0)
      .map((g) => ({ text: g.text, file: `submissions/${g.path}`, reg: genRegistry })),
    ...yamlFiles(join(root, 'examples', 'submissions'))
      .filter((_, i) => i % 5 === 0)
      .map((f) => ({
        text: readFileSync(f, 'utf8'),
        file: `submissions/${relative(join(root, 'examples', 'submissions'), f)}`,
        reg: exampleRegistry,
      })),
    {
      text: readFileSync(join(fixtures, 'collect', '2020-04', 'ubnd-quan.yaml'), 'utf8'),
      file: 'submissions/2020-04/ubnd-quan.yaml',
      reg: registry(),
    },
    // A unit that explains a warning: the mutations reach its giai_trinh line too.
    {
      text: readFileSync(join(root, 'examples', 'submissions', '2020-06', 'phuong-bach-dang.yaml'), 'utf8'),
      file: 'submissions/2020-06/phuong-bach-dang.yaml',
      reg: exampleRegistry,
    },
  ];

  it('most seeds are settled by the fast path before they are mutated', () => {
    const settled = seeds.filter(
      (s) =>
        checkSubmissionFile({ bytes: encode(s.text), file: s.file, plan: plan(), registry: s.reg, today: '2020-12-31' })
          .unitAtPending,
    );
    expect(settled.length).toBeGreaterThan(seeds.length * 0.6);
  });

  it(
    'with one to four mutations, benign or rough',
    () => {
      const tally = tallyOf();
      fc.assert(
        fc.property(fc.nat(seeds.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, mutations) => {
          const s = seeds[seed]!;
          agree(encode(mutations.reduce(mutate, s.text)), s.file, [s.reg], tally);
        }),
        { numRuns: RUNS },
      );
      // Mutated files must still reach the fast path often, or the comparison is empty.
      expect(tally.fast).toBeGreaterThan(tally.cases / 20);
      expect(tally.positioned).toBeGreaterThan(tally.cases / 20);
    },
    RUNS * 100,
  );
});
