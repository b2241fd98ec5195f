import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { CliError } from '../core/errors.js';
import { mergeWording, type RawWording } from '../render/xlsx/workbook-wording.js';
import { packageFile } from './package-files.js';
import { readText } from './read-text.js';

export interface LoadedTemplates {
  main: { name: string; text: string };
  partials: Record<string, string>;
}

/** `header.hbs` and `header.md.hbs` are both the partial `header`. */
const partialName = (file: string) => basename(file).replace(/(\.md)?\.hbs$/, '');

function readPartials(dir: string, except?: string): Record<string, string> {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.hbs'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new CliError(`Không đọc được thư mục mẫu "${dir}": ${(error as Error).message}`, undefined, { cause: error });
  }
  const out: Record<string, string> = {};
  for (const name of names) {
    const file = join(dir, name);
    if (file === except) continue;
    out[partialName(name)] = readText(file, 'mẫu báo cáo');
  }
  return out;
}

/**
 * The Markdown report's templates: the default `templates/report.md.hbs` with `templates/partials/`,
 * or a `--template` file. A custom template can use the default partials, and `.hbs` files in its
 * own folder and in a `partials/` folder beside it are partials too (same name: theirs wins).
 */
export function loadMarkdownTemplates(templateFile?: string): LoadedTemplates {
  const defaults = readPartials(packageFile('templates', 'partials'));
  if (templateFile === undefined) {
    const file = packageFile('templates', 'report.md.hbs');
    return { main: { name: file, text: readText(file, 'mẫu báo cáo') }, partials: defaults };
  }
  const dir = dirname(templateFile);
  return {
    main: { name: templateFile, text: readText(templateFile, 'mẫu báo cáo') },
    partials: { ...defaults, ...readPartials(dir, templateFile), ...readPartials(join(dir, 'partials')) },
  };
}

/**
 * The workbook's wording: `templates/workbook.yaml`, with a `--xlsx-template` file laid over it
 * (only the keys it changes need to be there).
 */
export function loadWorkbookWording(customFile?: string): { raw: RawWording; file: string } {
  const defaultFile = packageFile('templates', 'workbook.yaml');
  const defaults = parseWordingFile(defaultFile);
  if (customFile === undefined) return { raw: defaults as RawWording, file: defaultFile };
  const custom = parseWordingFile(customFile);
  try {
    return { raw: mergeWording(defaults as RawWording, custom, customFile), file: customFile };
  } catch (error) {
    // A file that does not fit the default's shape is the user's to fix, not a fault of the program.
    throw new CliError(
      `Mẫu chữ bảng tính "${customFile}" không dùng được: ${(error as Error).message}`,
      'Chỉ ghi những mục có trong templates/workbook.yaml, giữ đúng cấu trúc của nó; mục nào không ghi thì giữ chữ mặc định.',
      { cause: error },
    );
  }
}

function parseWordingFile(file: string): unknown {
  const text = readText(file, 'mẫu chữ bảng tính');
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0)
    throw new CliError(`Tệp "${file}" không đúng cú pháp YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  return doc.toJS();
}
