import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';
import type { ReportOptions } from '../report/report-request.js';
import { collectList } from './list-option.js';

/*
 * The secretariat's monthly, quarterly, half-year and yearly report: validates every submission of
 * the months the report needs (the period, the year to date, the previous period), counts only the
 * valid ones, lists the others, and writes <out>/bao-cao-<period>.docx, .xlsx and .md. The work is
 * in ../report/run-report.ts.
 */
export const registerReport: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('report')
    .description('Lập báo cáo tổng hợp Word, Excel và Markdown của một kỳ (write the period report)')
    .argument('[paths...]', 'tệp hoặc thư mục báo cáo của đơn vị (mặc định: thư mục báo cáo trong cấu hình)')
    .requiredOption('--period <period>', 'kỳ báo cáo: 2020-04 (tháng), 2020-Q2 (quý), 2020-H1 (6 tháng), 2020 (năm)')
    .option('--format <formats>', 'docx, xlsx, md, một hoặc nhiều (mặc định: docx,xlsx,md)', collectList)
    .option('--out <dir>', 'thư mục ghi báo cáo (mặc định: "out" trong cấu hình, không có thì reports/)')
    .option(
      '--number <number>',
      'số báo cáo, ví dụ 25-BC/BDVQU hoặc 25 (mặc định: số trong tệp ý kiến, không có thì để trống cho văn thư điền tay)',
    )
    .option(
      '--date <YYYY-MM-DD>',
      'ngày báo cáo (mặc định: ngày trong tệp ý kiến, không có thì ngày hạn nộp báo cáo của tháng cuối kỳ)',
    )
    .option(
      '--template <file.hbs>',
      'mẫu Markdown thay cho mẫu mặc định, cũng là chữ của bản Word (dùng được các partial trong cùng thư mục)',
    )
    .option(
      '--xlsx-template <file.yaml>',
      'chữ của bảng tính thay cho templates/workbook.yaml (chỉ cần ghi mục muốn đổi)',
    )
    .option('--strict', 'không lập báo cáo nếu có tệp báo cáo không hợp lệ trong kỳ (mã thoát 1)')
    .option('--units <file>', 'tệp danh sách đơn vị (units.yaml)')
    .option('--plan <file>', 'tệp kế hoạch')
    .option(
      '--jobs <n>',
      'luồng kiểm tra: auto (theo số tệp và số lõi máy), 0 (chỉ luồng chính) hoặc số luồng phụ',
      'auto',
    )
    .action(async (paths: string[], opts: ReportOptions) => {
      const { runReport } = await import('../report/run-report.js');
      setExitCode(await runReport(context(), paths, opts));
    });
};
