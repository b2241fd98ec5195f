import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/form/render-form-page.js';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { examplesConfig } from './browser.js';

const MAX_BYTES = 2 * 1024 * 1024;

/** The JSON the page carries (plan, units, modeline). */
function pageData(html: string): {
  units: { id: string; name: string }[];
  plan: { number: string };
  schemaRef: string;
} {
  const json = /<script type="application\/json" id="danvan-data">(.*?)<\/script>/s.exec(html)?.[1];
  expect(json).toBeDefined();
  return JSON.parse(json!);
}

describe('danvan form', () => {
  const dir = tempDir('danvan-form-cmd-');
  const out = join(dir, 'form.html');
  const run = runCli(['form', '--config', examplesConfig, '--out', out]);

  it('writes one HTML file under 2 MiB and says where', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(out);
    expect(statSync(out).size).toBeLessThan(MAX_BYTES);
  });

  it('forbids every network access in the page itself, and loads nothing from elsewhere', () => {
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none';/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/connect-src|unsafe-eval/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img[^>]+src="?http/);
  });

  it('carries the configured unit list and plan, and the modeline init would write in a month folder', () => {
    const data = pageData(readFileSync(out, 'utf8'));
    expect(data.plan.number).toBe('394-KH/BDVQU');
    expect(data.units.find((u) => u.id === 'phuong-bach-dang')?.name).toBe('Phường Bạch Đằng');
    expect(data.schemaRef).toBe('../../../schemas/submission-394.schema.json');
  });

  it('gives a new form for a new unit list, with no code change', () => {
    const units = join(dir, 'units.yaml');
    writeFileSync(units, 'units:\n  - { id: phuong-moi, name: Phường Mới Lập, kind: phuong }\n');
    const other = join(dir, 'other.html');
    expect(runCli(['form', '--config', examplesConfig, '--units', units, '--out', other]).status).toBe(0);
    expect(pageData(readFileSync(other, 'utf8')).units.map((u) => u.id)).toEqual(['phuong-moi']);
  });

  it('writes the same bytes when run again', () => {
    const again = join(dir, 'again.html');
    expect(runCli(['form', '--config', examplesConfig, '--out', again]).status).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });

  it('without a unit list, says so in Vietnamese and exits 2', () => {
    const empty = tempDir('danvan-form-nounits-');
    const r = runCli(['form', '--out', join(empty, 'f.html')], { cwd: empty });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Chưa có danh sách đơn vị');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('is listed in the help', () => {
    expect(runCli(['--help'], { cwd: repoRoot }).stdout).toMatch(/\n\s+form\b.*nhập báo cáo/);
  });
});
