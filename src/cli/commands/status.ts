import type { Command } from 'commander';
import type { StatusOptions } from '../runs/status-run.js';
import type { RegisterCommand } from './index.js';
import { collectList } from './list-option.js';

/*
 * Mid-month the secretariat asks "who has not sent yet?": this reads and validates one month's
 * folder and prints one line per unit. It never loads the report's modules (the workbook and
 * document writers, handlebars); a test runs it with those imports forbidden.
 */
export const registerStatus: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('status')
    .description(
      'Đơn vị nào đã gửi báo cáo tháng: đúng hạn, muộn, không hợp lệ, chưa nộp (who has submitted for a month)',
    )
    .argument('[paths...]', 'tệp hoặc thư mục báo cáo (mặc định: thư mục tháng đó trong thư mục báo cáo của cấu hình)')
    .requiredOption('--period <YYYY-MM>', 'tháng, ví dụ 2020-05')
    .option('--format <format>', 'text | json', 'text')
    .option(
      '--fail-on <states>',
      'trả mã thoát 1 khi có đơn vị ở tình trạng này: missing, late, invalid (có thể nêu nhiều)',
      collectList,
    )
    .option('--units <file>', 'tệp danh sách đơn vị (units.yaml)')
    .option('--plan <file>', 'tệp kế hoạch')
    .action(async (paths: string[], opts: StatusOptions) => {
      const ctx = context();
      const { parseStatusRequest, runStatus } = await import('../runs/status-run.js');
      setExitCode(await runStatus(ctx, parseStatusRequest(paths, opts, ctx.lang)));
    });
};
