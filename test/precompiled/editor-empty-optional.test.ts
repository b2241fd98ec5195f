import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInitTemplate } from '../../src/core/init-template.js';
import { loadPlan } from '../../src/core/plan.js';
import { repoRoot, tempDir } from '../helpers/cli.js';
import { fillTemplate } from '../init/fill-template.js';
import { LspClient, type LspDiagnostic } from '../lsp/lsp-client.js';

/*
 * `danvan init` writes the optional texts (phone, summary, difficulties, proposals, a model's result)
 * as empty lines for the official to fill or leave. Left empty they are fine for the validator, so
 * the editor, checking against the committed schema, must not mark them either.
 */
const schemaFile = join(repoRoot, 'schemas', 'submission-394.schema.json');
const planFile = join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml');
const plan = loadPlan(readFileSync(planFile, 'utf8'), planFile).plan!;
const OPTIONAL = /^(\s*)(phone|summary|difficulties|proposals|result):.*$/;

describe('yaml-language-server on a filled init template with the optional texts left empty', () => {
  let client: LspClient;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir('danvan-lsp-empty-');
    client = new LspClient({ validate: true, schemaStore: { enable: false } });
    await client.start(pathToFileURL(dir).href);
  }, 30_000);
  afterAll(() => client?.stop());

  it('marks only the one deliberate mistake, none of the empty optional lines', async () => {
    const unit = { id: 'phuong-bach-dang', name: 'Phường Bạch Đằng', kind: 'phuong' };
    const file = join(dir, 'submissions', '2020-05', `${unit.id}.yaml`);
    mkdirSync(dirname(file), { recursive: true });
    const template = buildInitTemplate({
      plan,
      unit,
      period: '2020-05',
      schemaRef: relative(dirname(file), schemaFile).split('\\').join('/'),
    });
    const filled = fillTemplate(template, { submitted: '2020-05-18' })
      .split('\n')
      .map((l) => l.replace(OPTIONAL, '$1$2:'));
    // A model with its result left empty, and one mistake, so that a publication after the schema loaded is recognisable.
    filled.push(
      'models:',
      '  - id: ngo-pho-van-minh',
      '    type: mo-hinh',
      '    name: Ngõ phố văn minh',
      '    field: van-hoa-xa-hoi',
      '    status: dang-thuc-hien',
      '    result:',
      'khong_co_muc_nay: 1',
    );
    const text = filled.join('\n');
    const lines = text.split('\n');
    const emptyOptional = lines.flatMap((l, i) =>
      /^\s*(phone|summary|difficulties|proposals|result):\s*$/.test(l) ? [i] : [],
    );
    expect(emptyOptional.length).toBeGreaterThan(10);
    const uri = pathToFileURL(file).href;
    client.open(uri, text);
    const fromSchema = (d: LspDiagnostic[]) =>
      d.filter((x) => x.data?.schemaUri?.includes(pathToFileURL(schemaFile).href));
    const marked = fromSchema(await client.diagnosticsFor(uri, (d) => fromSchema(d).length > 0)).map(
      (d) => d.range.start.line,
    );
    expect(marked).toEqual([lines.indexOf('khong_co_muc_nay: 1')]);
  });
});
