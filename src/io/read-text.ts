import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { CliError } from '../core/errors.js';

/**
 * The most a file the secretariat maintains (plan, registry, config, template) may hold. A city's
 * registry of a few thousand units is well under 1 MiB; anything near this is not such a file, and
 * reading it whole (`--units /dev/zero`) would never end.
 */
export const MAX_SETUP_BYTES = 8 * 1024 * 1024;

// A named pipe opened to read would wait for a writer; without waiting, fstat then tells it is no file.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file the secretariat maintains; anything but a regular file of at most MAX_SETUP_BYTES
 * is a CliError (exit 2). What is checked is the open handle (fstat), not the path, so the file
 * read is the file checked.
 */
export function readText(file: string, what: string): string {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw unreadable(file, what, error as NodeJS.ErrnoException);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new CliError(`Không đọc được ${what} "${file}": đây là thư mục, không phải tệp.`);
    if (!info.isFile())
      throw new CliError(
        `Không đọc được ${what} "${file}": đây không phải tệp thường (có thể là ống dẫn hoặc thiết bị).`,
        'Nêu đường dẫn tới một tệp .yaml.',
      );
    if (info.size > MAX_SETUP_BYTES) {
      throw new CliError(
        `Không đọc ${what} "${file}": tệp quá lớn (${Math.ceil(info.size / 1024 / 1024)} MiB, tối đa ${MAX_SETUP_BYTES / 1024 / 1024} MiB).`,
        'Kiểm tra lại đường dẫn: có lẽ đây không phải tệp cần nêu.',
      );
    }
    const bytes = Buffer.allocUnsafe(info.size);
    let read = 0;
    // A file that grows while it is read is read up to the size it had: never more than the limit.
    while (read < info.size) {
      const n = readSync(fd, bytes, read, info.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read).toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw unreadable(file, what, error as NodeJS.ErrnoException);
  } finally {
    closeSync(fd);
  }
}

function unreadable(file: string, what: string, error: NodeJS.ErrnoException): CliError {
  const code = error.code;
  const reason =
    code === 'ENOENT'
      ? 'không tìm thấy tệp'
      : code === 'EISDIR'
        ? 'đây là thư mục, không phải tệp'
        : code === 'EACCES' || code === 'EPERM'
          ? 'không có quyền đọc'
          : code === 'ELOOP'
            ? 'đây là lối tắt (liên kết) trỏ vòng tròn'
            : String(code ?? error.message);
  return new CliError(`Không đọc được ${what} "${file}": ${reason}.`, undefined, { cause: error });
}
