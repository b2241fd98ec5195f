import type { Lang } from './lang.js';
import { didYouMeanEn, didYouMeanVi } from './did-you-mean.js';

/** A mistake on the command line, as data: what commander found wrong, with what the user typed. */
export type UsageProblem =
  | { code: 'unknown-option'; option: string; suggestion?: string }
  | { code: 'unknown-command'; command: string; suggestion?: string }
  | { code: 'missing-option'; option: string; description?: string }
  | { code: 'missing-value'; option: string }
  | { code: 'bad-choice'; option: string; value: string; allowed: string[]; suggestion?: string }
  | { code: 'missing-argument'; argument: string }
  | { code: 'too-many-arguments'; command: string }
  | { code: 'other'; detail: string };

export interface CliWords {
  /** Commander's own headings and words, by the English it uses. */
  titles: Record<string, string>;
  options: string;
  command: string;
  defaultIs: (value: string) => string;
  choicesAre: (values: string) => string;
  examples: string;
  program: string;
  /** Descriptions by `<command> <long flag>`, `<command> <argument>` or `<command>` (the command itself; '' is the program). */
  describe: Record<string, string>;
  /** Example lines shown under each command's help. */
  example: Record<string, string[]>;
  usage: (p: UsageProblem) => string;
  seeHelp: (command: string) => string;
  internal: (detail: string) => string;
}

const vi: CliWords = {
  titles: {
    'Usage:': 'Cách dùng:',
    'Options:': 'Tùy chọn:',
    'Commands:': 'Lệnh:',
    'Arguments:': 'Tham số:',
    'Global Options:': 'Tùy chọn chung:',
  },
  options: '[tùy chọn]',
  command: '[lệnh]',
  defaultIs: (v) => `mặc định: ${v}`,
  choicesAre: (v) => `chọn một trong: ${v}`,
  examples: 'Ví dụ:',
  program: 'Tổng hợp báo cáo thực hiện Kế hoạch 394-KH/BDVQU "Năm dân vận khéo" 2020',
  describe: {
    ' --version': 'in số phiên bản',
    ' --help': 'hướng dẫn sử dụng',
    ' --config': 'tệp cấu hình (mặc định: danvan.config.yaml ở thư mục hiện tại hoặc thư mục cha)',
    ' --lang': 'ngôn ngữ thông báo: vi (tiếng Việt) hoặc en (tiếng Anh)',
    ' --no-color': 'không tô màu',
    ' --verbose':
      'in chi tiết: từng chỗ của các lỗi được gộp, mọi thông báo của tệp (không chỉ 200 thông báo đầu), và chi tiết lỗi của chương trình',
    help: 'xem hướng dẫn của một lệnh',
    plan: 'In các nhóm, nhiệm vụ và chỉ tiêu của kế hoạch',
    units: 'In danh sách đơn vị và nhóm nhiệm vụ của từng đơn vị',
    schema: 'Ghi các JSON Schema sinh ra từ kế hoạch',
    init: 'Tạo tệp báo cáo tháng sẵn để điền cho một đơn vị',
    status: 'Đơn vị nào đã gửi báo cáo tháng: đúng hạn, muộn, không hợp lệ, chưa nộp',
    validate: 'Kiểm tra tệp báo cáo của các đơn vị: báo từng lỗi tại dòng, cột kèm cách sửa',
    report: 'Lập báo cáo tổng hợp Excel và Markdown của một kỳ',
    form: 'Ghi trang nhập báo cáo (một tệp HTML chạy không cần mạng) để gửi các đơn vị',
    'validate --format':
      'dạng kết quả: stylish (để đọc), json, github, junit, sarif; có thể nêu nhiều (mặc định: stylish)',
    'plan --format': 'dạng kết quả: text hoặc json',
    'units --format': 'dạng kết quả: text hoặc json',
    'status --format': 'dạng kết quả: text hoặc json',
  },
  example: {
    '': [
      'danvan validate submissions/2020-04/phuong-bach-dang.yaml',
      'danvan status --period 2020-05',
      'danvan report --period 2020-Q2',
    ],
    plan: ['danvan plan', 'danvan plan --format json'],
    units: ['danvan units --units units.yaml'],
    schema: ['danvan schema --out schemas'],
    init: [
      'danvan init --unit phuong-bach-dang --period 2020-05',
      'danvan init --unit phuong-bach-dang --period 2020-05 --from submissions/2020-04/phuong-bach-dang.yaml',
    ],
    status: ['danvan status --period 2020-05', 'danvan status --period 2020-05 --fail-on missing,invalid'],
    validate: [
      'danvan validate submissions/2020-04/phuong-bach-dang.yaml',
      'danvan validate submissions --format github',
    ],
    report: ['danvan report --period 2020-04', 'danvan report --period 2020-Q2 --format xlsx --number 25-BC/BDVQU'],
    form: ['danvan form', 'danvan form --out nhap-bao-cao.html'],
  },
  usage: (p) => {
    switch (p.code) {
      case 'unknown-option':
        return `Không có tùy chọn "${p.option}".${didYouMeanVi(p.suggestion)}`;
      case 'unknown-command':
        return `Không có lệnh "${p.command}".${didYouMeanVi(p.suggestion)}`;
      case 'missing-option':
        return `Thiếu tùy chọn bắt buộc ${p.option}${p.description ? ` (${p.description})` : ''}.`;
      case 'missing-value':
        return `Tùy chọn ${p.option} cần một giá trị viết ngay sau nó.`;
      case 'bad-choice':
        return `${p.option} không nhận giá trị "${p.value}"; chọn một trong: ${p.allowed.join(', ')}.${didYouMeanVi(p.suggestion)}`;
      case 'missing-argument':
        return `Thiếu tham số ${p.argument}.`;
      case 'too-many-arguments':
        return `Lệnh ${p.command} không nhận thêm tham số nào.`;
      case 'other':
        return p.detail;
    }
  },
  seeHelp: (command) => `xem hướng dẫn: danvan ${command ? `${command} ` : ''}--help`,
  internal: (detail) => `lỗi chương trình: ${detail}`,
};

const en: CliWords = {
  titles: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Arguments:': 'Arguments:',
    'Global Options:': 'Global options:',
  },
  options: '[options]',
  command: '[command]',
  defaultIs: (v) => `default: ${v}`,
  choicesAre: (v) => `one of: ${v}`,
  examples: 'Examples:',
  program: 'Compiles the progress reports of Plan 394-KH/BDVQU "Year of skilful mass mobilisation" 2020',
  describe: {
    ' --version': 'print the version number',
    ' --help': 'show how to use danvan',
    ' --config': 'configuration file (default: danvan.config.yaml in this folder or a parent)',
    ' --lang': 'language of the messages: vi (Vietnamese) or en (English)',
    ' --no-color': 'no colours',
    ' --verbose':
      'show details: every place of grouped findings, every finding of a file (not only the first 200), and the details of program errors',
    help: 'show the help of a command',
    plan: "Print the plan's task groups, tasks and indicators",
    units: 'Print the unit registry and the task groups of each unit',
    schema: 'Write the JSON Schemas generated from the plan',
    init: 'Write a ready-to-fill monthly submission for one unit',
    status: 'Which units have submitted for a month: on time, late, invalid, missing',
    validate: "Check units' submissions: every mistake at its line and column, with how to fix it",
    report: 'Write the Excel and Markdown report of a period',
    form: 'Write the offline HTML form (one file, no network needed) to send to the units',
    'form --out': 'write to this file (default: nhap-bao-cao-<plan number>.html in this folder)',
    'form --units': 'unit registry file (units.yaml)',
    'form --plan': 'plan file',
    'plan --plan': 'plan file (default: as configured, else the built-in Plan 394-KH/BDVQU)',
    'plan --format': 'output: text or json',
    'units --units': 'unit registry file (units.yaml)',
    'units --plan': 'plan file',
    'units --format': 'output: text or json',
    'schema --plan': 'plan file',
    'schema --out': 'folder to write to',
    'init --unit': 'unit id, e.g. phuong-bach-dang',
    'init --period': 'month of the report, e.g. 2020-05 (with --notes: the report period, e.g. 2020-04, 2020-Q2)',
    'init --notes':
      "write the secretariat's notes file (general assessment, directions) for a report period, instead of a unit's report",
    'init --from': 'the report of an earlier month: carries over the reporter, the models and end-of-period figures',
    'init --out': 'write to this file (default: <submissions folder>/<YEAR-MONTH>/<unit id>.yaml)',
    'init --force': 'overwrite the file if it exists (its content is lost)',
    'init --units': 'unit registry file (units.yaml)',
    'init --plan': 'plan file',
    'status paths': "submission files or folders (default: that month's folder in the configured submissions folder)",
    'status --period': 'month, e.g. 2020-05',
    'status --format': 'output: text or json',
    'status --fail-on':
      'exit with code 1 when a unit is in one of these states: missing, late, invalid (several allowed)',
    'status --units': 'unit registry file (units.yaml)',
    'status --plan': 'plan file',
    'validate paths': 'files or folders to check (default: the configured submissions folder)',
    'validate --format':
      'output: stylish (for reading), json, github, junit, sarif; several allowed (default: stylish)',
    'validate --fail-on': 'exit with code 1 on: error, or warning (warnings too)',
    'validate --units': 'unit registry file (units.yaml)',
    'validate --plan': 'plan file',
    'validate --cache':
      'check again only the files changed since the last run; results kept in .danvan-cache (safe to delete)',
    'validate --cache-location':
      'file (or folder) for the --cache results, default .danvan-cache in the working folder; implies --cache',
    'validate --jobs':
      'checking threads: auto (by file count and cores), 0 (this thread only) or a number of worker threads',
    'validate --output-stylish': 'write the stylish results to this file instead of the screen',
    'validate --output-json': 'write the json results to this file instead of the screen',
    'validate --output-github': 'write the github results to this file instead of the screen',
    'validate --output-junit': 'write the junit results to this file instead of the screen',
    'validate --output-sarif': 'write the sarif results to this file instead of the screen',
    'report paths': 'submission files or folders (default: the configured submissions folder)',
    'report --period': 'report period: 2020-04 (month), 2020-Q2 (quarter), 2020-H1 (half-year), 2020 (year)',
    'report --format': 'docx, xlsx, md, one or more (default: docx,xlsx,md)',
    'report --out': 'folder for the report (default: "out" in the configuration, else reports/)',
    'report --number': 'report number, e.g. 25-BC/BDVQU or 25 (default: left blank for the clerk)',
    'report --date': "report date (default: the submission deadline of the period's last month)",
    'report --template': 'Markdown template instead of the built-in one (partials in the same folder can be used)',
    'report --xlsx-template': 'workbook wording instead of templates/workbook.yaml (only the entries to change)',
    'report --strict': 'write no report when a submission of the period is invalid (exit code 1)',
    'report --units': 'unit registry file (units.yaml)',
    'report --plan': 'plan file',
    'report --jobs':
      'checking threads: auto (by file count and cores), 0 (this thread only) or a number of worker threads',
  },
  example: vi.example,
  usage: (p) => {
    switch (p.code) {
      case 'unknown-option':
        return `There is no option "${p.option}".${didYouMeanEn(p.suggestion)}`;
      case 'unknown-command':
        return `There is no command "${p.command}".${didYouMeanEn(p.suggestion)}`;
      case 'missing-option':
        return `The option ${p.option} is required${p.description ? ` (${p.description})` : ''}.`;
      case 'missing-value':
        return `The option ${p.option} needs a value right after it.`;
      case 'bad-choice':
        return `${p.option} does not take "${p.value}"; use one of: ${p.allowed.join(', ')}.${didYouMeanEn(p.suggestion)}`;
      case 'missing-argument':
        return `The argument ${p.argument} is missing.`;
      case 'too-many-arguments':
        return `The command ${p.command} takes no more arguments.`;
      case 'other':
        return p.detail;
    }
  },
  seeHelp: (command) => `see: danvan ${command ? `${command} ` : ''}--help`,
  internal: (detail) => `program error: ${detail}`,
};

export const cliUi: Record<Lang, CliWords> = { vi, en };
