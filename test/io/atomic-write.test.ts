import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFilesInTurn, writeFilesTogether } from '../../src/io/atomic-write.js';
import { tempDir } from '../helpers/cli.js';

describe('writeFileAtomic', () => {
  it('replaces a file whole, creates the folder, and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'sub', 'bao-cao.md');
    writeFileAtomic(file, 'một');
    writeFileAtomic(file, 'hai');
    expect(readFileSync(file, 'utf8')).toBe('hai');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['bao-cao.md']);
  });

  it('writes into a device in place instead of renaming over it (`--output-json /dev/null`)', () => {
    writeFileAtomic('/dev/null', 'không đi đâu');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(existsSync(join('/dev', `.null.${process.pid}.tmp`))).toBe(false);
  });

  it('a write that fails leaves the previous file intact', () => {
    const dir = tempDir();
    const file = join(dir, 'bao-cao.md');
    writeFileSync(file, 'cũ');
    expect(() => writeFileAtomic(join(file, 'not-a-folder.md'), 'x')).toThrow(/Không ghi được/);
    expect(readFileSync(file, 'utf8')).toBe('cũ');
  });
});

/** The id of a process that has ended: what a run killed with kill -9 leaves in its file names. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

describe('writeFilesTogether: the outputs of one run, all or none', () => {
  it('writes every output and leaves no temporary file or journal', () => {
    const dir = tempDir();
    writeFilesTogether([
      { file: join(dir, 'bao-cao-2020-04.md'), data: 'md 1' },
      { file: join(dir, 'bao-cao-2020-04.xlsx'), data: 'xlsx 1' },
      { file: join(dir, 'bao-cao-2020-04.docx'), data: 'docx 1' },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['bao-cao-2020-04.docx', 'bao-cao-2020-04.md', 'bao-cao-2020-04.xlsx']);
    expect(readFileSync(join(dir, 'bao-cao-2020-04.docx'), 'utf8')).toBe('docx 1');
  });

  it('removes temporary files that killed runs left, of any report in the folder, and keeps those of a run still going and other files', () => {
    const dir = tempDir();
    const dead = deadPid();
    const stale = [`.bao-cao-2020-04.xlsx.${dead}.tmp`, `.bao-cao-2020-05.md.${dead}.tmp`];
    const live = `.bao-cao-2020-04.md.${process.ppid}.tmp`;
    const foreign = `.ghi-chu.txt.${dead}.tmp`;
    for (const name of [...stale, live, foreign]) writeFileSync(join(dir, name), 'dở dang');
    writeFilesTogether(
      [
        { file: join(dir, 'bao-cao-2020-04.md'), data: 'md' },
        { file: join(dir, 'bao-cao-2020-04.xlsx'), data: 'xlsx' },
      ],
      { tempPrefix: 'bao-cao-' },
    );
    expect(readdirSync(dir).sort()).toEqual([live, foreign, 'bao-cao-2020-04.md', 'bao-cao-2020-04.xlsx'].sort());
  });

  it("a run killed while renaming is finished by the next write: the outputs found are one run's, never a mix", () => {
    const dir = tempDir();
    const dead = deadPid();
    // Run 1 wrote both outputs. Run 2 wrote its temporary files and its journal, renamed the .md, and was killed.
    writeFileSync(join(dir, 'bao-cao-2020-04.md'), 'md 2');
    writeFileSync(join(dir, 'bao-cao-2020-04.xlsx'), 'xlsx 1');
    writeFileSync(join(dir, `.bao-cao-2020-04.xlsx.${dead}.tmp`), 'xlsx 2');
    writeFileSync(
      join(dir, `.danvan-write.${dead}.journal`),
      JSON.stringify([
        [`.bao-cao-2020-04.md.${dead}.tmp`, 'bao-cao-2020-04.md'],
        [`.bao-cao-2020-04.xlsx.${dead}.tmp`, 'bao-cao-2020-04.xlsx'],
      ]),
    );
    // The next run writes another period into the folder: run 2's set is completed first.
    writeFilesTogether([{ file: join(dir, 'bao-cao-2020-05.md'), data: 'md 5' }], { tempPrefix: 'bao-cao-' });
    expect(readFileSync(join(dir, 'bao-cao-2020-04.xlsx'), 'utf8')).toBe('xlsx 2');
    expect(readdirSync(dir).sort()).toEqual(['bao-cao-2020-04.md', 'bao-cao-2020-04.xlsx', 'bao-cao-2020-05.md']);
  });

  it('a write that fails part-way leaves every previous output as it was and no temporary file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bao-cao-2020-04.md'), 'cũ');
    // The second output's temporary file cannot be written: a folder has its name.
    mkdirSync(join(dir, `.bao-cao-2020-04.xlsx.${process.pid}.tmp`));
    expect(() =>
      writeFilesTogether([
        { file: join(dir, 'bao-cao-2020-04.md'), data: 'mới' },
        { file: join(dir, 'bao-cao-2020-04.xlsx'), data: 'mới' },
      ]),
    ).toThrow(/Không ghi được tệp ".*bao-cao-2020-04\.xlsx"/);
    expect(readFileSync(join(dir, 'bao-cao-2020-04.md'), 'utf8')).toBe('cũ');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') && !n.includes('xlsx'))).toEqual([]);
  });
});

describe('writeFilesInTurn: outputs written chunk by chunk as they are made', () => {
  const md = (dir: string) => join(dir, 'bao-cao-2020.md');
  const xlsx = (dir: string) => join(dir, 'bao-cao-2020.xlsx');
  const temp = (file: string) => join(file, '..', `.${file.split('/').pop()}.${process.pid}.tmp`);

  it('puts each chunk in the temporary file before the next is made, then the outputs in place together', async () => {
    const dir = tempDir();
    const seen: number[] = [];
    await writeFilesInTurn([
      { file: md(dir), write: async (sink) => sink(Buffer.from('# Báo cáo\n')) },
      {
        file: xlsx(dir),
        write: async (sink) => {
          for (const part of ['một ', 'hai ', 'ba']) {
            await sink(Buffer.from(part));
            seen.push(statSync(temp(xlsx(dir))).size);
          }
        },
      },
    ]);
    expect(seen).toEqual([6, 10, 12]);
    expect(readFileSync(xlsx(dir), 'utf8')).toBe('một hai ba');
    expect(readFileSync(md(dir), 'utf8')).toBe('# Báo cáo\n');
    expect(readdirSync(dir).sort()).toEqual(['bao-cao-2020.md', 'bao-cao-2020.xlsx']);
  });

  it('an output that fails half-written leaves the previous outputs in place and no temporary file', async () => {
    const dir = tempDir();
    writeFileSync(md(dir), 'md cũ');
    writeFileSync(xlsx(dir), 'xlsx cũ');
    const failing = writeFilesInTurn([
      { file: md(dir), write: async (sink) => sink(Buffer.from('md mới')) },
      {
        file: xlsx(dir),
        write: async (sink) => {
          await sink(Buffer.from('nửa'));
          throw new Error('lỗi khi dựng bảng tính');
        },
      },
    ]);
    await expect(failing).rejects.toThrow('lỗi khi dựng bảng tính');
    expect(readFileSync(md(dir), 'utf8')).toBe('md cũ');
    expect(readFileSync(xlsx(dir), 'utf8')).toBe('xlsx cũ');
    expect(readdirSync(dir).sort()).toEqual(['bao-cao-2020.md', 'bao-cao-2020.xlsx']);
  });
});
