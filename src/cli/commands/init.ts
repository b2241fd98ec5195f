import type { Command } from 'commander';
import type { InitOptions } from '../runs/init.js';
import type { RegisterCommand } from './index.js';

/*
 * A unit starts its month with this: a file with every task that applies to it, to fill in and validate.
 * With --notes, the secretariat's notes for a period instead. The work is in ../runs/init.ts.
 */
export const registerInit: RegisterCommand = (program: Command, context) => {
  program
    .command('init')
    .description('Tạo tệp báo cáo tháng sẵn để điền cho một đơn vị (write a ready-to-fill monthly submission)')
    .option('--unit <id>', 'mã đơn vị, ví dụ phuong-bach-dang')
    .requiredOption(
      '--period <YYYY-MM>',
      'tháng báo cáo, ví dụ 2020-05 (với --notes: kỳ báo cáo, ví dụ 2020-04, 2020-Q2)',
    )
    .option(
      '--notes',
      'tạo tệp ý kiến của cơ quan tổng hợp (Đánh giá chung, Phương hướng, nhiệm vụ) cho kỳ báo cáo, thay cho báo cáo của đơn vị',
    )
    .option('--from <file>', 'báo cáo một tháng trước: mang sang người báo cáo, mô hình và các số tồn cuối kỳ')
    .option('--out <file>', 'ghi vào tệp này (mặc định: <thư mục báo cáo>/<NĂM-THÁNG>/<mã đơn vị>.yaml)')
    .option('--force', 'ghi đè nếu tệp đã có (nội dung cũ sẽ mất)')
    .option('--units <file>', 'tệp danh sách đơn vị (units.yaml)')
    .option('--plan <file>', 'tệp kế hoạch')
    .action(async (opts: InitOptions) => {
      const ctx = context();
      const { parseInitRequest, runInit } = await import('../runs/init.js');
      await runInit(ctx, parseInitRequest(opts, ctx.lang));
    });
};
