import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLog, readReceipts } from '../../src/io/git-receipts.js';
import { tempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { validSubmission, writeDataFolder } from '../status/data-folder.js';

/*
 * Receipt dates from a real git repository in a temporary folder, with fixed commit dates: a unit
 * writes "submitted: 2020-05-15" but its file is first committed on 25 May, after the deadline (20 May).
 */

const may = (unit: string) => `submissions/2020-05/${unit}.yaml`;
const folders: string[] = [];

function git(dir: string, args: string[], date?: string): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Văn thư',
    GIT_AUTHOR_EMAIL: 'vanthu@example.org',
    GIT_COMMITTER_NAME: 'Văn thư',
    GIT_COMMITTER_EMAIL: 'vanthu@example.org',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
  const r = spawnSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

function commitFile(dir: string, file: string, text: string, date: string): void {
  writeFileSync(join(dir, file), text);
  git(dir, ['add', file]);
  git(dir, ['commit', '-q', '-m', `nhận ${file}`], date);
}

const run = (args: string[], cwd: string) => runInProcess(args, cwd, { DANVAN_TODAY: '2020-05-30' });

describe('receipt dates from git', () => {
  let repo: string;
  beforeAll(() => {
    repo = writeDataFolder({});
    folders.push(repo);
    mkdirSync(join(repo, 'submissions', '2020-05'), { recursive: true });
    git(repo, ['init', '-q']);
    git(repo, ['add', 'danvan.config.yaml', 'units.yaml']);
    git(repo, ['commit', '-q', '-m', 'danh sách đơn vị'], '2020-03-01T08:00:00+07:00');
    commitFile(
      repo,
      may('ubnd-quan'),
      validSubmission('ubnd-quan', '2020-05', '2020-05-18'),
      '2020-05-19T16:00:00+07:00',
    );
    // Sent, it says, on the 15th; first committed on the 25th, after the deadline.
    commitFile(
      repo,
      may('phuong-bach-dang'),
      validSubmission('phuong-bach-dang', '2020-05', '2020-05-15'),
      '2020-05-25T09:30:00+07:00',
    );
    // A later correction of the same file does not move its receipt date.
    commitFile(
      repo,
      may('phuong-bach-dang'),
      `${validSubmission('phuong-bach-dang', '2020-05', '2020-05-15')}# sửa\n`,
      '2020-05-28T10:00:00+07:00',
    );
    // Not committed yet: judged by its own date.
    writeFileSync(join(repo, may('hdnd-quan')), validSubmission('hdnd-quan', '2020-05', '2020-05-12'));
  });
  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it("dates each file by the first commit that added it, in the committer's own time zone", async () => {
    const receipts = await readReceipts(['submissions/2020-05'], repo);
    expect(receipts.rule).toBe('git');
    expect(receipts.dateOf(may('phuong-bach-dang'))).toBe('2020-05-25');
    expect(receipts.dateOf(join(repo, may('ubnd-quan')))).toBe('2020-05-19');
    expect(receipts.dateOf(may('hdnd-quan'))).toBeUndefined();
  });

  it('status: late by the receipt date, both dates shown, the file listed, the rule said', async () => {
    const r = await run(['status', '--period', '2020-05', '--fail-on', 'late'], repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Phường Bạch Đằng\s+Phường\s+Muộn — gửi 15\/5\/2020, nhận 25\/5\/2020, muộn 5 ngày\n/);
    expect(r.stdout).toMatch(/UBND quận\s+Đúng hạn — gửi 18\/5\/2020, nhận 19\/5\/2020\n/);
    expect(r.stdout).toMatch(/Thường trực HĐND quận\s+Đúng hạn — gửi 12\/5\/2020\n/);
    expect(r.stdout).toContain('Ngày nhận: ngày của lần commit đầu tiên đưa tệp vào kho git');
    expect(r.stdout).toContain('1 tệp chưa được commit vào kho git');
    expect(r.stdout).toContain(
      `Tệp có ngày nhận khác ngày gửi ghi trong tệp hơn một ngày:\n  ${may('phuong-bach-dang')}: ghi gửi 15/5/2020, nhận 25/5/2020\n`,
    );
  });

  it('status --format json: the receipt date of each unit and the rule', async () => {
    const r = await run(['status', '--period', '2020-05', '--format', 'json'], repo);
    const json = JSON.parse(r.stdout) as {
      units: { id: string; state: string; received: string | null; daysLate: number | null }[];
      receipts: { rule: string; differing: unknown[]; uncommitted: string[] };
    };
    expect(json.units.find((u) => u.id === 'phuong-bach-dang')).toMatchObject({
      state: 'late',
      received: '2020-05-25',
      daysLate: 5,
    });
    expect(json.receipts).toEqual({
      rule: 'git',
      differing: [
        { file: may('phuong-bach-dang'), unit: 'phuong-bach-dang', submitted: '2020-05-15', received: '2020-05-25' },
      ],
      uncommitted: [may('hdnd-quan')],
    });
  });

  it('report: late by the receipt date in section I, the file listed in section V, the rule stated', async () => {
    const r = await run(['report', '--period', '2020-05', '--format', 'md', '--out', 'bao-cao'], repo);
    expect(r.code).toBe(0);
    const text = readFileSync(join(repo, 'bao-cao', 'bao-cao-2020-05.md'), 'utf8');
    expect(text).toContain('Ngày nhận báo cáo là ngày tệp được đưa vào kho lưu trữ (git) lần đầu');
    expect(text).toContain('| Phường Bạch Đằng | 5/2020 | 20/5/2020 | 15/5/2020 (nhận 25/5/2020) | 5 |');
    expect(text).toContain('| 2020-05/phuong-bach-dang.yaml | Phường Bạch Đằng | 5/2020 | 15/5/2020 | 25/5/2020 |');
    // UBND quận: received a day after it says, before the deadline: on time, not listed.
    expect(text).not.toContain('2020-05/ubnd-quan.yaml |');
  });

  it('receipt_dates: submitted in the configuration turns them off, and says so', async () => {
    const dir = writeDataFolder({
      [may('phuong-bach-dang')]: validSubmission('phuong-bach-dang', '2020-05', '2020-05-15'),
    });
    folders.push(dir);
    writeFileSync(
      join(dir, 'danvan.config.yaml'),
      'units: units.yaml\nsubmissions: submissions\nreceipt_dates: submitted\n',
    );
    git(dir, ['init', '-q']);
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'tất cả'], '2020-05-29T08:00:00+07:00');
    const r = await run(['status', '--period', '2020-05'], dir);
    expect(r.stdout).toMatch(/Phường Bạch Đằng\s+Phường\s+Đúng hạn — gửi 15\/5\/2020\n/);
    expect(r.stdout).toContain('Ngày nhận: không dùng (receipt_dates: submitted trong cấu hình)');
  });

  it('falls back to the written date, without a word of error, outside a repository, in a shallow clone and without git', async () => {
    const plain = writeDataFolder({
      [may('phuong-bach-dang')]: validSubmission('phuong-bach-dang', '2020-05', '2020-05-15'),
    });
    folders.push(plain);
    expect((await readReceipts(['submissions/2020-05'], plain)).rule).toBe('not-repository');
    const r = await run(['status', '--period', '2020-05'], plain);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('thư mục báo cáo không nằm trong kho git');

    const shallow = tempDir('danvan-shallow-');
    folders.push(shallow);
    git(shallow, ['clone', '-q', '--depth', '1', `file://${repo}`, 'kho']);
    expect((await readReceipts(['kho/submissions/2020-05'], shallow)).rule).toBe('shallow');

    expect(
      (await readReceipts(['submissions/2020-05'], repo, { ...process.env, PATH: '/khong-co-thu-muc-nay' })).rule,
    ).toBe('no-git');
    expect((await readReceipts(['khong-co'], repo)).rule).toBe('not-repository');

    // A repository with no commit yet: git applies, and no file has a receipt date.
    const fresh = writeDataFolder({
      [may('phuong-bach-dang')]: validSubmission('phuong-bach-dang', '2020-05', '2020-05-15'),
    });
    folders.push(fresh);
    git(fresh, ['init', '-q']);
    const empty = await readReceipts(['submissions/2020-05'], fresh);
    expect(empty.rule).toBe('git');
    expect(empty.dateOf(may('phuong-bach-dang'))).toBeUndefined();
  });
});

describe('parseLog', () => {
  it('keeps the earliest commit of a name added twice (deleted and added again), whatever the order', () => {
    const log =
      '\u00011590000000\t2020-05-20T10:00:00+07:00\0\na.yaml\0b.yaml\0\u00011580000000\t2020-01-26T08:00:00+07:00\0\na.yaml\0';
    expect(parseLog(log)).toEqual(
      new Map([
        ['a.yaml', '2020-01-26'],
        ['b.yaml', '2020-05-20'],
      ]),
    );
  });
});
