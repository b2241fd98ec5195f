import { readFileSync } from 'node:fs';
import { CliError } from '../core/errors.js';
import { packageFile } from './package-files.js';

/** The form's bundled script, which `npm run build` writes (scripts/bundle-form.mjs). */
export function readFormApp(): string {
  const file = packageFile('dist', 'form', 'form-app.js');
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `Bản cài đặt danvan thiếu tệp "${file}".`,
      'Cài lại danvan, hoặc chạy "npm run build" trong thư mục mã nguồn.',
      { cause: error },
    );
  }
}
