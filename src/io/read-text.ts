import { readFileSync } from 'node:fs';
import { CliError } from '../core/errors.js';

/** Reads a file the secretariat maintains (plan, registry, config, template); unreadable → exit 2. */
export function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'không tìm thấy tệp' : code === 'EISDIR' ? 'đây là thư mục, không phải tệp' : code === 'EACCES' ? 'không có quyền đọc' : String(code ?? (error as Error).message);
    throw new CliError(`Không đọc được ${what} "${file}": ${reason}.`, undefined, { cause: error });
  }
}
