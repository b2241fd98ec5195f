import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInitTemplate } from '../../src/core/init-template.js';
import { loadPlan } from '../../src/core/plan.js';
import { repoRoot, tempDir } from '../helpers/cli.js';
import { fillTemplate } from '../init/fill-template.js';
import { LspClient, type LspDiagnostic } from './lsp-client.js';

/*
 * The schema is meant for people typing in an editor, so it is checked in a real editor's language
 * server: the npm package yaml-language-server (what VS Code's YAML extension runs), over stdio.
 */

const schemaFile = join(repoRoot, 'schemas', 'submission-394.schema.json');
const schemaUri = pathToFileURL(schemaFile).href;
const planFile = join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml');
const plan = loadPlan(readFileSync(planFile, 'utf8'), planFile).plan!;

/** A correct April submission of a ward (tasks UB.1 and CU.3 only: enough for the editor checks). */
const body = (indicators: string) => `plan: 394-KH/BDVQU
unit: phuong-bach-dang
period: 2020-04
submitted: 2020-04-18
reporter:
  name: Nguyễn Thị Lan
  position: Trưởng ban Dân vận Đảng ủy phường
tasks:
  CU.3:
    status: thuong-xuyen
    indicators: { buoi_tiep_dan: 2, luot_cong_dan: 17 }
  UB.1:
    status: dang-thuc-hien
    indicators:
${indicators}
`;
const schemaDiagnostics = (d: LspDiagnostic[]) => d.filter((x) => x.data?.schemaUri?.includes(schemaUri));

describe('yaml-language-server with the committed submission schema (modeline)', () => {
  let client: LspClient;
  let dir: string;

  /** Writes a submission under <tmp>/submissions/2020-04/ with a modeline relative to its own folder, and opens it. */
  const openSubmission = (name: string, text: string) => {
    const file = join(dir, 'submissions', '2020-04', name);
    mkdirSync(dirname(file), { recursive: true });
    const modeline = `# yaml-language-server: $schema=${relative(dirname(file), schemaFile).split('\\').join('/')}`;
    const full = `${modeline}\n${text}`;
    writeFileSync(file, full);
    const uri = pathToFileURL(file).href;
    client.open(uri, full);
    return { uri, lines: full.split('\n') };
  };

  beforeAll(async () => {
    dir = tempDir('danvan-lsp-');
    client = new LspClient({ validate: true, hover: true, completion: true, schemaStore: { enable: false } });
    await client.start(pathToFileURL(dir).href);
  }, 30_000);

  afterAll(() => client?.stop());

  it('the modeline is a relative path that resolves to the committed schema file', () => {
    const { lines } = openSubmission('probe.yaml', body('      ho_so_tiep_nhan: 1'));
    const ref = /\$schema=(.+)$/.exec(lines[0]!)?.[1] ?? '';
    expect(ref.startsWith('.')).toBe(true);
    expect(new URL(ref, pathToFileURL(join(dir, 'submissions', '2020-04', 'probe.yaml'))).href).toBe(schemaUri);
  });

  it('an unknown indicator gets a diagnostic on its own line, and the rest of the file none', async () => {
    const { uri, lines } = openSubmission(
      'phuong-bach-dang.yaml',
      body('      ho_so_tiep_nhan: 412\n      ho_so_sai: 3\n      ho_so_dung_han: 398'),
    );
    const line = lines.findIndex((l) => l.includes('ho_so_sai'));
    const diagnostics = schemaDiagnostics(await client.diagnosticsFor(uri, (d) => schemaDiagnostics(d).length > 0));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.range.start).toEqual({ line, character: lines[line]!.indexOf('ho_so_sai') });
    expect(diagnostics[0]!.severity).toBe(1);
  });

  it('a number written as text ("12") gets a diagnostic on its line', async () => {
    const { uri, lines } = openSubmission(
      'phuong-bach-mai.yaml',
      body('      ho_so_tiep_nhan: "12"\n      ho_so_da_giai_quyet: 10'),
    );
    const line = lines.findIndex((l) => l.includes('"12"'));
    const diagnostics = schemaDiagnostics(await client.diagnosticsFor(uri, (d) => schemaDiagnostics(d).length > 0));
    expect(diagnostics.map((d) => d.range.start.line)).toEqual([line]);
    expect(diagnostics[0]!.range.start.character).toBe(lines[line]!.indexOf('"12"'));
  });

  it('a correct file gets no diagnostic, and hover shows the Vietnamese label and unit of measure', async () => {
    const { uri, lines } = openSubmission('phuong-cau-den.yaml', body('      ho_so_tiep_nhan: 412'));
    const line = lines.findIndex((l) => l.includes('ho_so_tiep_nhan'));
    // The server publishes once per validation; wait for the publication that follows the schema load.
    await client.diagnosticsFor(uri, () => true);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line, character: 10 },
    });
    expect(hover?.contents.value).toContain('Hồ sơ TTHC tiếp nhận');
    expect(hover?.contents.value).toContain('đơn vị tính: hồ sơ');
    expect(schemaDiagnostics(client.published(uri).at(-1) ?? [])).toEqual([]);
  });

  it("completion inside `indicators:` offers the task's indicator ids", async () => {
    const { uri, lines } = openSubmission('phuong-dong-tam.yaml', body('      ho_so_tiep_nhan: 412\n      '));
    const line = lines.length - 2;
    const result = await client.request<{ items: { label: string }[] } | { label: string }[]>(
      'textDocument/completion',
      { textDocument: { uri }, position: { line, character: 6 } },
    );
    const labels = (Array.isArray(result) ? result : result.items).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['ho_so_da_giai_quyet', 'ho_so_dung_han']));
    expect(labels).not.toContain('buoi_tiep_dan');
  });

  it('a danvan init template: red marks at every placeholder until filled, none once filled', async () => {
    const unit = { id: 'phuong-le-dai-hanh', name: 'Phường Lê Đại Hành', kind: 'phuong' };
    const file = join(dir, 'submissions', '2020-05', `${unit.id}.yaml`);
    mkdirSync(dirname(file), { recursive: true });
    const schemaRef = relative(dirname(file), schemaFile).split('\\').join('/');
    const template = buildInitTemplate({ plan, unit, period: '2020-05', schemaRef });
    const uri = pathToFileURL(file).href;
    client.open(uri, template);
    const empty = schemaDiagnostics(await client.diagnosticsFor(uri, (d) => schemaDiagnostics(d).length > 0));
    const lines = template.split('\n');
    // Required placeholders: the date, the reporter's name and position, each status, each indicator.
    const required = lines.flatMap((l, i) =>
      /^(submitted| {2}name| {2}position| {4}status| {6}\w+):\s+#/.test(l) ? [i] : [],
    );
    expect(required.length).toBe(
      1 + 2 + 24 + plan.data.groups.flatMap((g) => g.tasks).reduce((n, t) => n + t.indicators.length, 0),
    );
    const marked = new Set(empty.map((d) => d.range.start.line));
    for (const i of required) expect(marked.has(i), lines[i]).toBe(true);

    const filled = fillTemplate(template, { submitted: '2020-05-18' });
    const before = client.published(uri).length;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: filled }] });
    const after = await client.diagnosticsFor(uri, () => true, { after: before });
    expect(after).toEqual([]);
  });
});

describe('yaml-language-server with examples/.vscode/settings.json (no modeline needed)', () => {
  let client: LspClient;
  const examples = join(repoRoot, 'examples');

  beforeAll(async () => {
    const settings = JSON.parse(readFileSync(join(examples, '.vscode', 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    // VS Code hands the server the "yaml.*" keys as one nested `yaml` section.
    const yaml: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(settings)) {
      if (!key.startsWith('yaml.')) continue;
      const parts = key.split('.').slice(1);
      let node = yaml;
      for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
      node[parts.at(-1)!] = value;
    }
    expect(yaml.schemas).toBeDefined();
    client = new LspClient(yaml);
    await client.start(pathToFileURL(examples).href);
  }, 30_000);

  afterAll(() => client?.stop());

  it('maps the schema onto submissions/**: a file without modeline still gets its mistake marked', async () => {
    const uri = pathToFileURL(join(examples, 'submissions', '2020-04', 'khong-co-modeline.yaml')).href;
    const text = body('      ho_so_tiep_nhan: -5');
    client.open(uri, text);
    const line = text.split('\n').findIndex((l) => l.includes('-5'));
    const diagnostics = schemaDiagnostics(await client.diagnosticsFor(uri, (d) => schemaDiagnostics(d).length > 0));
    expect(diagnostics.map((d) => d.range.start.line)).toEqual([line]);
  });
});
