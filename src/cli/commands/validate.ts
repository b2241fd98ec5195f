import { Option, type Command } from 'commander';
import type { RegisterCommand } from './index.js';
import { collectList } from './list-option.js';

// The format names are repeated here rather than imported so that registering the command loads no
// renderer; a test checks this list against the formatters' table.
export const FORMATS = ['stylish', 'json', 'github', 'junit', 'sarif'] as const;

export type ValidateOptions = {
  format: string[];
  failOn: 'error' | 'warning';
  units?: string;
  plan?: string;
  cache?: boolean;
  cacheLocation?: string;
  jobs: string;
} & { [K in `output${Capitalize<(typeof FORMATS)[number]>}`]?: string };

/*
 * A unit runs this on its own file before sending it; the secretariat and CI run it on the whole
 * submissions folder. Everything found is data (exit 1); a bad option or unreadable path is usage (exit 2).
 */
export const registerValidate: RegisterCommand = (program: Command, context, setExitCode) => {
  const command = program
    .command('validate')
    .description('Kiểm tra tệp báo cáo của các đơn vị: báo từng lỗi tại dòng, cột kèm cách sửa (validate submissions)')
    .argument('[paths...]', 'tệp hoặc thư mục cần kiểm tra (mặc định: thư mục báo cáo trong cấu hình)')
    .option(
      '--format <format>',
      `dạng kết quả: ${FORMATS.join(' | ')}; có thể nêu nhiều (mặc định: stylish)`,
      collectList,
      [],
    )
    .addOption(
      new Option('--fail-on <level>', 'trả mã thoát 1 khi có: error (lỗi) hoặc warning (cả cảnh báo)')
        .choices(['error', 'warning'])
        .default('error'),
    )
    .option('--units <file>', 'tệp danh sách đơn vị (units.yaml)')
    .option('--plan <file>', 'tệp kế hoạch')
    .option(
      '--cache',
      'chỉ kiểm tra lại các tệp đã thay đổi từ lần trước; kết quả lưu trong tệp .danvan-cache (xóa lúc nào cũng được)',
    )
    .option(
      '--cache-location <file>',
      'tệp (hoặc thư mục) lưu kết quả cho --cache, mặc định .danvan-cache trong thư mục đang làm việc; nêu tùy chọn này là dùng --cache',
    );
  command.option(
    '--jobs <n>',
    'luồng kiểm tra: auto (theo số tệp và số lõi máy), 0 (chỉ luồng chính) hoặc số luồng phụ',
    'auto',
  );
  for (const f of FORMATS) command.option(`--output-${f} <file>`, `ghi kết quả dạng ${f} vào tệp này thay vì màn hình`);

  command.action(async (paths: string[], opts: ValidateOptions) => {
    const { runValidate } = await import('../runs/validate.js');
    setExitCode(await runValidate(context(), paths, opts));
  });
};
