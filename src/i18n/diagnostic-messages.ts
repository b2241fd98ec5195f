import type {
  Diagnostic,
  DiagnosticArgs,
  DiagnosticCode,
  RuleOperand,
  SetupProblem,
  UnreadableReason,
  ValueKind,
  YamlProblem,
} from '../core/diagnostics.js';
import type { FieldRef } from '../core/validate/field.js';
import type { Lang } from './lang.js';

interface Wording<A> {
  message: (args: A) => string;
  hint: (args: A) => string;
}
type Catalogue = { [C in DiagnosticCode]: Wording<DiagnosticArgs[C]> };

const whatVi: Record<string, string> = {
  group: 'nhóm',
  task: 'nhiệm vụ',
  indicator: 'chỉ tiêu',
  rule: 'quy tắc',
  ratio: 'tỷ lệ',
  'unit kind': 'loại đơn vị',
  'task status': 'trạng thái nhiệm vụ',
  'model type': 'loại mô hình',
  'model field': 'lĩnh vực',
  'model status': 'trạng thái mô hình',
};

/** Long task labels are cut for a one-line message; the full label is in `danvan plan`. */
const short = (label: string | undefined, max = 60): string => {
  if (!label) return '';
  return label.length <= max ? label : `${label.slice(0, max - 1).replace(/[\s,;]+\S*$/, '')}…`;
};
const cap = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const quoteList = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(', ');
const thousandsVi = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const thousandsEn = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A field named by its label, as an official knows it: «chỉ tiêu "Hồ sơ giải quyết đúng hạn" (UB.1)». */
export function fieldVi(f: FieldRef): string {
  switch (f.kind) {
    case 'root':
      return 'báo cáo';
    case 'top':
      return f.label ? `"${f.label}" (${f.key})` : `mục "${f.key}"`;
    case 'reporter':
      return f.label ? `"${f.label}" của người báo cáo (reporter.${f.key})` : `mục "reporter.${f.key}"`;
    case 'task':
      return f.label ? `nhiệm vụ ${f.task} "${short(f.label, 50)}"` : `nhiệm vụ ${f.task}`;
    case 'task-field': {
      const name = f.label ? `"${f.label}" (${f.key})` : `mục "${f.key}"`;
      return f.item !== undefined
        ? `dòng thứ ${f.item} của ${name} nhiệm vụ ${f.task}`
        : `${name} của nhiệm vụ ${f.task}`;
    }
    case 'indicator':
      return f.label ? `chỉ tiêu "${f.label}" (${f.task})` : `chỉ tiêu ${f.id} (${f.task})`;
    case 'model':
      return `mô hình thứ ${f.index}${f.id ? ` (${f.id})` : ''}`;
    case 'model-field':
      return f.label
        ? `"${f.label}" (${f.key}) của mô hình thứ ${f.index}`
        : `mục "${f.key}" của mô hình thứ ${f.index}`;
    case 'other':
      return `mục "${f.path}"`;
  }
}

export function fieldEn(f: FieldRef): string {
  switch (f.kind) {
    case 'root':
      return 'the report';
    case 'top':
      return f.label ? `${f.key} ("${f.label}")` : `"${f.key}"`;
    case 'reporter':
      return f.label ? `reporter.${f.key} ("${f.label}")` : `reporter.${f.key}`;
    case 'task':
      return `task ${f.task}`;
    case 'task-field':
      return f.item !== undefined ? `item ${f.item} of ${f.key} of task ${f.task}` : `${f.key} of task ${f.task}`;
    case 'indicator':
      return f.label ? `indicator "${f.label}" (${f.task}.${f.id})` : `indicator ${f.task}.${f.id}`;
    case 'model':
      return `model no. ${f.index}${f.id ? ` (${f.id})` : ''}`;
    case 'model-field':
      return `${f.key} of model no. ${f.index}`;
    case 'other':
      return `"${f.path}"`;
  }
}

const kindVi: Record<ValueKind, string> = {
  text: 'chữ',
  number: 'số có phần lẻ',
  integer: 'số nguyên',
  boolean: 'giá trị đúng/sai (true/false)',
  list: 'danh sách (các dòng bắt đầu bằng "- ")',
  mapping: 'nhóm mục (các dòng "tên: giá trị")',
  empty: 'trống',
};
const kindEn: Record<ValueKind, string> = {
  text: 'text',
  number: 'a decimal number',
  integer: 'a whole number',
  boolean: 'true/false',
  list: 'a list (lines starting with "- ")',
  mapping: 'a mapping ("key: value" lines)',
  empty: 'empty',
};

const yamlVi: Record<YamlProblem, string> = {
  'bad-indent': 'Thụt lề không đúng: dòng này không thẳng hàng với các mục cùng cấp, hoặc thiếu dấu đóng ] }.',
  'missing-char': 'Thiếu một ký tự (dấu hai chấm, dấu phẩy, hoặc dấu đóng ngoặc ] } hay ngoặc kép).',
  'bad-quote': 'Mở ngoặc kép (hoặc nháy đơn) ở đây nhưng thiếu dấu đóng tương ứng.',
  'unclosed-bracket': 'Mở ngoặc [ hoặc { ở đây nhưng thiếu dấu đóng ] hoặc } tương ứng.',
  unexpected: 'Có ký tự đặt sai chỗ nên không đọc được dòng này.',
  'nested-compact': 'Có hai dấu hai chấm trên cùng một dòng (dạng "a: b: c").',
  'multiline-key': 'Tên mục bị xuống dòng hoặc quá dài; thường do thiếu dấu hai chấm sau tên mục.',
  'bad-escape': 'Trong ngoặc kép có dấu "\\" không hợp lệ.',
  'complex-key': 'Tên mục phải là một từ hoặc cụm chữ, không được là danh sách hay nhóm mục.',
  anchor: 'Dấu & (đặt mốc) hoặc * (tham chiếu mốc) dùng không đúng: mốc phải được đặt trước khi tham chiếu.',
  other: 'Tệp không đúng cú pháp YAML.',
  'missing-colon': 'Thiếu dấu hai chấm ":" sau tên mục ở dòng này.',
  'colon-in-text': 'Văn bản có dấu hai chấm và dấu cách (": ") nên bị hiểu nhầm là một mục con.',
  'curly-quote':
    'Văn bản được đặt trong dấu ngoặc kép cong “…” hoặc ‘…’ (do Word tự đổi); YAML chỉ hiểu ngoặc kép thẳng "…" hoặc nháy đơn \'…\'.',
  'odd-character': 'Dòng này có {char} (thường do chép từ Word hay trang web), YAML không coi là dấu cách.',
  'line-break-in-text':
    'Văn bản bị xuống dòng giữa chừng (thường do dán từ nơi khác): dòng này không có dạng "tên: giá trị".',
  'text-after-quote': 'Văn bản mở đầu bằng ngoặc kép nhưng còn chữ sau dấu đóng ngoặc.',
};
const yamlEn: Record<YamlProblem, string> = {
  'bad-indent': 'Wrong indentation: this line is not aligned with its siblings, or a closing ] } is missing.',
  'missing-char': 'A character is missing (a colon, a comma, or a closing ] } or quote).',
  'bad-quote': 'A quote opened here is never closed.',
  'unclosed-bracket': 'A [ or { opened here is never closed with ] or }.',
  unexpected: 'A character is out of place, so this line cannot be read.',
  'nested-compact': 'Two colons on one line ("a: b: c").',
  'multiline-key': 'A key runs over a line break or is too long; usually a colon is missing after the key.',
  'bad-escape': 'An invalid "\\" escape inside double quotes.',
  'complex-key': 'A key must be a word or phrase, not a list or mapping.',
  anchor: 'An & anchor or * alias is used wrongly.',
  other: 'The file is not valid YAML.',
  'missing-colon': 'A colon ":" is missing after the key on this line.',
  'colon-in-text': 'The text holds a colon and a space (": "), so it is read as a nested key.',
  'curly-quote':
    'The text is in curly quotes “…” or ‘…’ (as Word types them); YAML knows only straight quotes "…" or \'…\'.',
  'odd-character':
    'This line holds {char} (usually copied from Word or a web page), which YAML does not take for a space.',
  'line-break-in-text': 'A text is broken over a line (often when pasted): this line is not a "key: value" line.',
  'text-after-quote': 'The text starts with a quote and goes on after the closing quote.',
};
const charNameVi: Record<string, string> = {
  'U+00A0': 'dấu cách không ngắt (U+00A0)',
  'U+200B': 'dấu cách không độ rộng (U+200B)',
  'U+FEFF': 'ký tự ẩn BOM (U+FEFF)',
  'U+00AD': 'dấu gạch nối mềm (U+00AD)',
  'U+3000': 'dấu cách toàn khổ (U+3000)',
};
const charNameEn: Record<string, string> = {
  'U+00A0': 'a non-breaking space (U+00A0)',
  'U+200B': 'a zero-width space (U+200B)',
  'U+FEFF': 'a hidden BOM (U+FEFF)',
  'U+00AD': 'a soft hyphen (U+00AD)',
  'U+3000': 'an ideographic space (U+3000)',
};
const oddVi = (char = '') => charNameVi[char] ?? `ký tự đặc biệt ${char}`;
const oddEn = (char = '') => charNameEn[char] ?? `the special character ${char}`;
const yamlHintVi = (r: YamlProblem): string => {
  switch (r) {
    case 'bad-indent':
      return 'Các mục cùng cấp phải thụt vào cùng một số dấu cách (ví dụ 2 hoặc 4), không dùng Tab; mở ngoặc [ { thì phải đóng ] }.';
    case 'missing-char':
    case 'bad-quote':
      return 'Thêm ký tự còn thiếu; văn bản có dấu ":" hoặc "#" thì đặt cả giá trị trong ngoặc kép, ví dụ: summary: "Kết quả: tốt".';
    case 'unclosed-bracket':
      return 'Thêm dấu đóng ở cuối giá trị, trên cùng dòng, ví dụ: evidence: [Thông báo số 12-TB/ĐU]';
    case 'nested-compact':
      return 'Nếu giá trị có dấu hai chấm, đặt nó trong ngoặc kép: summary: "Kết quả: tốt". Nếu là mục con, xuống dòng và thụt vào 2 dấu cách.';
    case 'multiline-key':
      return 'Mỗi dòng có dạng "tên: giá trị" — kiểm tra dấu hai chấm (và một dấu cách) sau tên mục.';
    case 'bad-escape':
      return 'Viết "\\\\" thay cho "\\", hoặc dùng nháy đơn \' \' thay cho ngoặc kép.';
    case 'complex-key':
      return 'Viết tên mục là chữ, ví dụ "status:", "summary:".';
    case 'anchor':
      return 'Viết thẳng giá trị thay cho & và *.';
    case 'missing-colon':
      return 'Viết dấu hai chấm ngay sau tên mục, rồi một dấu cách, ví dụ: status: thuong-xuyen';
    case 'colon-in-text':
      return "Đặt cả đoạn văn bản trong nháy đơn, ví dụ: summary: 'Kết quả: tốt'";
    case 'curly-quote':
      return 'Thay “ ” bằng ngoặc kép thẳng " (phím Shift + \'), hoặc bỏ hẳn ngoặc; trong Word tắt AutoFormat "Straight quotes with smart quotes".';
    case 'odd-character':
      return 'Xóa ký tự đó và gõ lại dấu cách thường bằng phím cách.';
    case 'line-break-in-text':
      return 'Nối dòng này vào dòng trên; muốn viết nhiều dòng thì viết "summary: |" rồi xuống dòng, mỗi dòng văn bản thụt vào thêm 2 dấu cách.';
    case 'text-after-quote':
      return 'Đặt cả đoạn trong nháy đơn, ví dụ: summary: \'"Kế hoạch" số 12 đã ban hành\' — hoặc bỏ ngoặc kép.';
    default:
      return 'Mỗi dòng có dạng "tên: giá trị"; mục con thụt vào bằng dấu cách (không dùng Tab), thẳng hàng với nhau; văn bản có dấu ":" hoặc "#" thì đặt trong ngoặc kép.';
  }
};
const yamlHintEn = (r: YamlProblem): string => {
  switch (r) {
    case 'bad-indent':
      return 'Indent siblings by the same number of spaces (2 or 4), never tabs; close every [ { you open.';
    case 'missing-char':
    case 'bad-quote':
      return 'Add the missing character; put text containing ":" or "#" in double quotes, e.g. summary: "Result: good".';
    case 'unclosed-bracket':
      return 'Close it at the end of the value, on the same line, e.g. evidence: [Notice No. 12-TB/ĐU]';
    case 'nested-compact':
      return 'Quote a value that contains a colon: summary: "Result: good". For a nested key, break the line and indent by 2 spaces.';
    case 'multiline-key':
      return 'Each line reads "key: value" — check the colon (and a space) after the key.';
    case 'bad-escape':
      return 'Write "\\\\" for "\\", or use single quotes.';
    case 'complex-key':
      return 'Write the key as text, e.g. "status:", "summary:".';
    case 'anchor':
      return 'Write the value out instead of using & and *.';
    case 'missing-colon':
      return 'Put a colon right after the key, then a space, e.g. status: thuong-xuyen';
    case 'colon-in-text':
      return "Put the whole text in single quotes, e.g. summary: 'Result: good'";
    case 'curly-quote':
      return 'Replace “ ” with straight quotes ", or drop the quotes; in Word, turn off AutoFormat "Straight quotes with smart quotes".';
    case 'odd-character':
      return 'Delete that character and type an ordinary space.';
    case 'line-break-in-text':
      return 'Join this line to the one above; for a text over several lines write "summary: |", break the line, and indent each line of text by 2 more spaces.';
    case 'text-after-quote':
      return 'Put the whole text in single quotes, e.g. summary: \'"Plan" No. 12 issued\' — or drop the quotes.';
    default:
      return 'Each line reads "key: value"; nested keys are indented with spaces (never tabs) and aligned; quote text containing ":" or "#".';
  }
};

/** Example lines for a missing key, so the hint can be copied. */
const exampleOf: Record<string, string> = {
  plan: 'plan: 394-KH/BDVQU',
  unit: 'unit: phuong-bach-dang',
  period: 'period: 2020-04',
  submitted: 'submitted: 2020-04-18',
  reporter: 'reporter: { name: Nguyễn Thị Lan, position: Trưởng ban Dân vận }',
  tasks: 'tasks:',
  name: 'name: Nguyễn Thị Lan',
  position: 'position: Trưởng ban Dân vận Đảng ủy phường',
  status: 'status: dang-thuc-hien',
  id: 'id: ngo-pho-van-minh',
  type: 'type: mo-hinh',
  field: 'field: van-hoa-xa-hoi',
};
const missingVi = (m: { key: string; label?: string }) => (m.label ? `"${m.label}" (${m.key})` : `"${m.key}"`);
const missingEn = (m: { key: string; label?: string }) => (m.label ? `${m.key} ("${m.label}")` : m.key);

/** What is wrong when a rule `left <op> right` fails, said of the left side. */
const brokenVi: Record<string, string> = {
  '<': 'không nhỏ hơn',
  '<=': 'lớn hơn',
  '=': 'khác',
  '>=': 'nhỏ hơn',
  '>': 'không lớn hơn',
};
const brokenEn: Record<string, string> = {
  '<': 'is not less than',
  '<=': 'is greater than',
  '=': 'differs from',
  '>=': 'is less than',
  '>': 'is not greater than',
};
/** A label inside a sentence: its first letter lowered unless it is an abbreviation (MTTQ, UBND). */
const inSentence = (label: string) =>
  /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
/** "Hồ sơ đã giải quyết" is counted: said "số hồ sơ đã giải quyết", as officials say it. */
const countedVi = (label: string) => (/^(số|tỷ lệ|tỉ lệ)\s/iu.test(label) ? label : `Số ${inSentence(label)}`);
const sideVi = (o: RuleOperand) =>
  o.ref ? `${countedVi(o.label ?? o.ref)} (${thousandsVi(o.value)})` : thousandsVi(o.value);
const sideEn = (o: RuleOperand) => (o.ref ? `${o.label ?? o.ref} (${thousandsEn(o.value)})` : thousandsEn(o.value));
const _operandVi = (o: RuleOperand) => (o.ref ? `"${o.label ?? o.ref}" là ${thousandsVi(o.value)}` : String(o.value));
const _operandEn = (o: RuleOperand) => (o.ref ? `${o.ref} = ${thousandsEn(o.value)}` : String(o.value));
const formatVi = {
  month: 'NĂM-THÁNG, ví dụ 2020-04',
  date: 'NĂM-THÁNG-NGÀY, ví dụ 2020-04-18',
  id: 'chữ thường không dấu nối bằng gạch ngang, ví dụ phuong-bach-dang',
};
const formatEn = {
  month: 'YEAR-MONTH, e.g. 2020-04',
  date: 'YEAR-MONTH-DAY, e.g. 2020-04-18',
  id: 'lower-case ASCII words joined by hyphens, e.g. phuong-bach-dang',
};

const unreadableVi: Record<UnreadableReason, string> = {
  'link-loop': 'đây là lối tắt (liên kết) trỏ vòng tròn, không dẫn tới tệp nào',
  'link-broken': 'đây là lối tắt (liên kết) tới một tệp không còn nữa',
  'not-regular': 'đây không phải tệp thường (ống dẫn, thiết bị hoặc thư mục)',
  denied: 'không có quyền đọc',
  gone: 'tệp đã bị xóa hoặc chuyển đi trong lúc kiểm tra',
  other: 'lỗi hệ thống',
};
const unreadableEn: Record<UnreadableReason, string> = {
  'link-loop': 'it is a link in a loop that leads to no file',
  'link-broken': 'it is a link to a file that no longer exists',
  'not-regular': 'it is not a regular file (a pipe, a device or a folder)',
  denied: 'no permission to read it',
  gone: 'it was deleted or moved during the check',
  other: 'system error',
};

function setupProblemVi(p: SetupProblem): string {
  switch (p.kind) {
    case 'unknown-key':
      return `Mục "${p.key}" không có trong quy định${p.allowed.length > 0 ? `; các mục được dùng ở đây: ${p.allowed.join(', ')}` : ''}.`;
    case 'required':
      return `Thiếu mục bắt buộc "${p.key}".`;
    case 'type':
      return p.expected === 'mapping' && (p.found === 'empty' || p.found === 'list')
        ? `Nội dung phải gồm các dòng dạng "tên: giá trị", nhưng ${p.found === 'empty' ? 'ở đây trống' : 'ở đây là một danh sách (các dòng bắt đầu bằng "-")'}.`
        : `Giá trị ở đây phải là ${kindVi[p.expected]}, nhưng lại là ${kindVi[p.found]}.`;
    case 'enum':
      return `"${p.value}" không phải giá trị được phép; chọn một trong: ${p.allowed.join(', ')}.`;
    case 'form':
      return p.form === 'other'
        ? `"${p.value}" không đúng dạng quy định.`
        : `"${p.value}" không đúng dạng: ${formatVi[p.form]}.`;
    case 'empty':
      return 'Mục này không được để trống.';
  }
}

function setupProblemEn(p: SetupProblem): string {
  switch (p.kind) {
    case 'unknown-key':
      return `"${p.key}" is not an allowed key${p.allowed.length > 0 ? `; allowed here: ${p.allowed.join(', ')}` : ''}.`;
    case 'required':
      return `The required key "${p.key}" is missing.`;
    case 'type':
      return p.expected === 'mapping' && (p.found === 'empty' || p.found === 'list')
        ? `The content must be "key: value" lines, but ${p.found === 'empty' ? 'it is empty' : 'it is a list (lines starting with "-")'}.`
        : `The value here must be ${kindEn[p.expected]}, but it is ${kindEn[p.found]}.`;
    case 'enum':
      return `"${p.value}" is not an allowed value; choose one of: ${p.allowed.join(', ')}.`;
    case 'form':
      return p.form === 'other'
        ? `"${p.value}" does not have the required form.`
        : `"${p.value}" has the wrong form: ${formatEn[p.form]}.`;
    case 'empty':
      return 'This may not be left empty.';
  }
}

const vi: Catalogue = {
  'setup-yaml': {
    message: (a) => `Tệp không đúng cú pháp YAML: ${a.detail}`,
    hint: () => 'Kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu hai chấm sau mỗi tên mục và dấu ngoặc kép.',
  },
  'setup-schema': {
    message: (a) => (a.problem ? setupProblemVi(a.problem) : `Nội dung không đúng cấu trúc quy định: ${a.detail}`),
    hint: () => 'Đối chiếu với tệp mẫu trong thư mục examples/ và JSON Schema trong thư mục schemas/.',
  },
  'plan-duplicate-id': {
    message: (a) => `Mã ${whatVi[a.what] ?? a.what} "${a.id}" bị trùng.`,
    hint: () => 'Mỗi mã chỉ được dùng một lần; đổi mã hoặc gộp hai mục.',
  },
  'plan-unknown-ref': {
    message: (a) => `Không có ${whatVi[a.what] ?? a.what} "${a.ref}" trong kế hoạch.`,
    hint: (a) =>
      a.what === 'indicator'
        ? 'Viết đầy đủ <mã nhiệm vụ>.<mã chỉ tiêu>, ví dụ UB.1.ho_so_tiep_nhan.'
        : 'Dùng một mã đã khai báo trong kế hoạch.',
  },
  'plan-task-group': {
    message: (a) => `Nhiệm vụ "${a.task}" nằm trong nhóm ${a.group} nhưng mã không bắt đầu bằng "${a.group}.".`,
    hint: (a) => `Đặt mã theo dạng ${a.group}.1, ${a.group}.2, …`,
  },
  'units-duplicate-id': {
    message: (a) => `Mã đơn vị "${a.id}" bị trùng.`,
    hint: () => 'Mỗi đơn vị một mã riêng; mã cũng là tên tệp báo cáo của đơn vị.',
  },
  'units-unknown-parent': {
    message: (a) => `Đơn vị "${a.id}" ghi đơn vị cấp trên "${a.parent}" nhưng không có đơn vị này trong danh sách.`,
    hint: () => 'Sửa mã đơn vị cấp trên cho đúng, hoặc bỏ dòng parent.',
  },
  'units-parent-cycle': {
    message: (a) => `Các đơn vị lấy nhau làm cấp trên thành vòng tròn: ${a.cycle.join(' → ')}.`,
    hint: () => 'Sửa dòng parent của một đơn vị trong vòng cho đúng đơn vị cấp trên thật, hoặc bỏ dòng đó.',
  },
  // ── Submissions: the folder walk and opening the file
  'file-unreadable': {
    message: (a) => `Không đọc được tệp này: ${unreadableVi[a.reason]}${a.reason === 'other' ? ` (${a.detail})` : ''}.`,
    hint: (a) =>
      a.reason === 'link-loop' || a.reason === 'link-broken'
        ? 'Xóa lối tắt (liên kết) này và chép tệp báo cáo thật vào đây.'
        : a.reason === 'not-regular'
          ? 'Chỉ để tệp báo cáo .yaml trong thư mục báo cáo; chuyển mục này ra chỗ khác.'
          : a.reason === 'denied'
            ? 'Cấp quyền đọc tệp cho người chạy lệnh, hoặc chép lại tệp.'
            : 'Kiểm tra tệp rồi chạy lại lệnh.',
  },
  'link-outside': {
    message: (a) =>
      `Đây là lối tắt (liên kết) trỏ ra ngoài thư mục báo cáo, tới "${a.target}"; danvan không đọc tệp ở ngoài thư mục báo cáo.`,
    hint: () => 'Chép tệp báo cáo thật vào thư mục báo cáo thay cho lối tắt.',
  },
  'file-name-space': {
    message: (a) => `Tên tệp "${a.name}" có dấu cách ở cuối, sau ".yaml", nên tệp không được đọc như một báo cáo.`,
    hint: (a) => `Đổi tên tệp thành "${a.name.trimEnd()}" (bỏ dấu cách ở cuối).`,
  },
  // ── Submissions
  'file-too-large': {
    message: (a) => `Tệp quá lớn (${Math.ceil(a.size / 1024)} KB); một tệp báo cáo tối đa ${a.limit / 1024} KB.`,
    hint: () =>
      'Một báo cáo tháng chỉ vài KB: kiểm tra xem có dán nhầm nội dung khác (ảnh, bảng tính) vào tệp không, chỉ giữ lại phần báo cáo.',
  },
  utf16: {
    message: () => 'Tệp được lưu theo bảng mã UTF-16 (Unicode 16 bit); danvan chỉ đọc tệp UTF-8.',
    hint: () => 'Mở tệp bằng Notepad, chọn File → Save As (Lưu thành), ở ô Encoding (Mã hóa) chọn "UTF-8" rồi lưu lại.',
  },
  'not-utf8': {
    message: (a) =>
      `Tệp không phải bảng mã UTF-8 (byte 0x${a.byte} ở đây không hợp lệ). Có lẽ tệp được gõ hoặc lưu bằng bảng mã cũ TCVN3 (ABC), VNI hoặc Windows-1258.`,
    hint: () =>
      'Lưu lại tệp theo UTF-8: trong Notepad chọn File → Save As, ô Encoding chọn "UTF-8". Nếu chữ tiếng Việt hiện sai, dùng công cụ chuyển mã của Unikey (Ctrl+Shift+F6): sao chép nội dung, chọn bảng mã nguồn TCVN3 hoặc VNI, bảng mã đích Unicode, bấm "Chuyển mã", rồi dán vào tệp và lưu UTF-8.',
  },
  'empty-file': {
    message: () => 'Tệp trống, chưa có nội dung báo cáo.',
    hint: () => 'Tạo tệp mẫu bằng lệnh: danvan init --unit <mã đơn vị> --period <NĂM-THÁNG>, rồi điền số liệu.',
  },
  'yaml-syntax': {
    message: (a) =>
      a.reason === 'other'
        ? `Tệp không đúng cú pháp YAML (${a.detail}).`
        : yamlVi[a.reason].replace('{char}', oddVi(a.char)),
    hint: (a) => yamlHintVi(a.reason),
  },
  'tab-indent': {
    message: () => 'Dòng này thụt lề bằng phím Tab; YAML chỉ cho phép thụt lề bằng dấu cách.',
    hint: () =>
      'Xóa ký tự Tab ở đầu dòng, thay bằng dấu cách (thường 2 dấu cách cho mỗi cấp). Trong Notepad++: Edit → Blank Operations → TAB to Space.',
  },
  'duplicate-key': {
    message: (a) => `Mục "${a.key}" được viết hai lần (lần đầu ở dòng ${a.firstLine}).`,
    hint: (a) => `Giữ lại một lần: gộp nội dung vào mục ở dòng ${a.firstLine} và xóa mục này.`,
  },
  'multiple-documents': {
    message: () => 'Tệp chứa nhiều hơn một báo cáo (có dòng "---" phân cách).',
    hint: () =>
      'Mỗi tệp là báo cáo của một đơn vị trong một tháng: xóa dòng "---" và phần sau nó, hoặc tách ra một tệp khác.',
  },
  'root-not-mapping': {
    message: (a) =>
      `Báo cáo phải gồm các dòng dạng "tên: giá trị" (plan:, unit:, period:, …), nhưng nội dung tệp là ${kindVi[a.found]}.`,
    hint: () =>
      'Bắt đầu tệp bằng các dòng như "plan: 394-KH/BDVQU", "unit: phuong-bach-dang"; xem tệp mẫu do lệnh danvan init tạo.',
  },
  'alias-bomb': {
    message: (a) =>
      `Tệp dùng quá nhiều tham chiếu * lồng nhau (giới hạn ${a.limit}); danvan dừng đọc để tránh treo máy.`,
    hint: () => 'Viết thẳng các giá trị, không dùng mốc & và tham chiếu *.',
  },
  'forbidden-key': {
    message: (a) => `Không được dùng "${a.key}" làm tên mục.`,
    hint: () => 'Xóa mục này; báo cáo không có mục nào mang tên đó.',
  },
  // Reading and value checks
  'nul-byte': {
    message: () =>
      'Tệp có ký tự NUL (mã số 0) ở đây; tệp có thể bị hỏng hoặc bị dán lẫn nội dung từ chương trình khác.',
    hint: () =>
      'Mở tệp bằng Notepad++ (View → Show Symbol → Show All Characters), xóa ký tự NUL rồi lưu lại; hoặc tạo lại tệp bằng lệnh danvan init.',
  },
  'cr-line-ends': {
    message: () =>
      'Các dòng trong tệp chỉ kết thúc bằng ký tự CR (kiểu máy Mac cũ) nên YAML đọc cả tệp thành một dòng.',
    hint: () =>
      'Lưu lại tệp với dấu xuống dòng kiểu Windows (CRLF) hoặc Unix (LF): trong Notepad++ chọn Edit → EOL Conversion → Windows (CR LF).',
  },
  'lone-cr': {
    message: () =>
      'Dòng này có ký tự xuống dòng lạ CR (thường do dán từ máy Mac cũ hay trang web): trình soạn thảo hiện nó như một chỗ xuống dòng, nhưng YAML không coi là xuống dòng mà đọc liền với phần sau.',
    hint: () =>
      'Xóa ký tự xuống dòng lạ (CR) ở cuối dòng này: đặt con trỏ ngay sau chữ cuối của dòng, nhấn Delete, rồi nhấn Enter nếu cần xuống dòng. Hoặc đổi cả tệp sang một kiểu xuống dòng: trong VS Code bấm chữ "CRLF" hay "LF" ở thanh dưới cùng rồi chọn LF; trong Notepad++ chọn Edit → EOL Conversion → Unix (LF).',
  },
  'line-separator': {
    message: (a) =>
      `Dòng này có ký tự xuống dòng ẩn ${a.char} (thường có khi dán chữ từ Word hay trang web): nhiều trình soạn thảo không hiện ra, còn YAML không coi nó là chỗ xuống dòng mà đọc liền với phần chữ quanh nó.`,
    hint: () =>
      'Xóa ký tự ẩn này: đặt con trỏ đúng dòng:cột danvan chỉ (ngay sau chữ đứng trước nó), nhấn Delete, rồi nhấn Enter nếu cần xuống dòng, hoặc gõ dấu cách nếu hai chữ bị dính vào nhau.',
  },
  'line-separator-in-text': {
    message: (a) =>
      `Câu chữ ở đây có ký tự xuống dòng ẩn ${a.char} (thường có khi dán chữ từ Word hay trang web): trình soạn thảo có thể không hiện ra, còn báo cáo có thể hiện câu chữ khác với trên màn hình (xuống dòng hoặc dính chữ).`,
    hint: () =>
      'Xóa ký tự ẩn này (đặt con trỏ ngay sau chữ đứng trước nó, nhấn Delete), rồi gõ dấu cách nếu hai chữ bị dính vào nhau.',
  },
  'too-deep': {
    message: (a) =>
      `Tệp lồng nhau quá ${a.limit} cấp (dấu [ hoặc { mở liên tiếp, hoặc thụt lề quá nhiều cấp); danvan dừng đọc tệp này.`,
    hint: () =>
      'Tệp của danvan chỉ cần vài cấp: kiểm tra chỗ này có dán nhầm nội dung hay thừa dấu [ { không, rồi sửa lại cho đúng mẫu.',
  },
  'text-cut-by-comment': {
    message: (a) =>
      `${cap(fieldVi(a.field))} bị cắt ở dấu " #": YAML coi "#${a.lost}" là ghi chú và bỏ đi, chỉ giữ "${a.kept}".`,
    hint: () =>
      'Đặt cả câu trong dấu ngoặc kép để giữ nguyên, ví dụ: summary: "Ban hành Kế hoạch #12 về tuyên truyền".',
  },
  'char-not-allowed': {
    message: (a) => `${cap(fieldVi(a.field))} có ký tự đặc biệt ${a.char} không thể đưa vào báo cáo Excel, Word.`,
    hint: () => 'Xóa ký tự này (thường do sao chép từ trang web hoặc chương trình khác); gõ lại đoạn chữ nếu cần.',
  },
  'tasks-empty': {
    message: () => 'Mục tasks không có nhiệm vụ nào; báo cáo tháng phải có kết quả các nhiệm vụ đơn vị phụ trách.',
    hint: () =>
      'Ghi từng nhiệm vụ dưới tasks (ví dụ   UB.1:  rồi status, indicators…); tệp mẫu của danvan init có sẵn các nhiệm vụ của đơn vị.',
  },
  'number-tagged-as-text': {
    message: (a) => `${cap(fieldVi(a.field))} viết "${a.text}": dấu !!str biến số thành chữ.`,
    hint: (a) => `Bỏ !!str: viết ${a.suggestion}.`,
  },
  'date-not-in-calendar': {
    message: (a) =>
      `${cap(fieldVi(a.field))} "${a.value}" không có trên lịch${a.monthDays ? ` (tháng này có ${a.monthDays} ngày)` : ' (tháng phải từ 01 đến 12)'}.`,
    hint: () => 'Kiểm tra lại ngày, tháng; viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2020-04-18.',
  },
  'unknown-key': {
    message: (a) =>
      `${a.parent.kind === 'root' ? 'Báo cáo' : cap(fieldVi(a.parent))} không có mục "${a.key}".${a.suggestion ? ` Có phải ý bạn là "${a.suggestion}"?` : ''}`,
    hint: (a) =>
      a.suggestion ? `Sửa "${a.key}" thành "${a.suggestion}".` : `Các mục dùng được ở đây: ${a.allowed.join(', ')}.`,
  },
  'unknown-task': {
    message: (a) =>
      `Kế hoạch không có nhiệm vụ mã "${a.task}".${a.suggestion ? ` Có phải ý bạn là ${a.suggestion}${a.suggestionLabel ? ` ("${short(a.suggestionLabel)}")` : ''}?` : ''}`,
    hint: (a) =>
      a.suggestion
        ? `Sửa mã thành ${a.suggestion}.`
        : 'Mã nhiệm vụ gồm mã nhóm, dấu chấm và số thứ tự (ví dụ CU.3, UB.1); xem danh sách bằng lệnh: danvan plan.',
  },
  'unknown-indicator': {
    message: (a) =>
      `Nhiệm vụ ${a.task} không có chỉ tiêu "${a.indicator}".${a.otherTasks.length > 0 ? ` Chỉ tiêu này thuộc nhiệm vụ ${a.otherTasks.join(', ')}.` : a.suggestion ? ` Có phải ý bạn là "${a.suggestion}"${a.suggestionLabel ? ` (${a.suggestionLabel})` : ''}?` : ''}`,
    hint: (a) =>
      a.otherTasks.length > 0
        ? `Chuyển dòng này vào mục indicators của nhiệm vụ ${a.otherTasks[0]}.`
        : a.suggestion
          ? `Sửa "${a.indicator}" thành "${a.suggestion}".`
          : `Các chỉ tiêu của nhiệm vụ ${a.task}: ${a.allowed.join(', ')}.`,
  },
  'task-without-indicators': {
    message: (a) =>
      `Nhiệm vụ ${a.task} không có chỉ tiêu số liệu; chỉ báo cáo tình hình (status) và tóm tắt (summary).`,
    hint: () => 'Xóa mục indicators của nhiệm vụ này; ghi kết quả bằng lời trong summary.',
  },
  'schema-required': {
    message: (a) =>
      `${a.parent.kind === 'root' ? 'Báo cáo' : cap(fieldVi(a.parent))} thiếu ${a.missing.map(missingVi).join(', ')}.`,
    hint: (a) =>
      `Thêm ${a.missing.map((m) => `"${exampleOf[m.key] ?? `${m.key}: …`}"`).join(', ')}${a.parent.kind === 'root' ? '' : ` vào ${fieldVi(a.parent)} (thụt vào thêm 2 dấu cách)`}.`,
  },
  'schema-enum': {
    message: (a) =>
      `${cap(fieldVi(a.field))} ghi "${a.value}", không phải giá trị được phép.${a.suggestion ? ` Có phải ý bạn là "${a.suggestion}"?` : ''}`,
    hint: (a) => `Ghi một trong: ${a.allowed.map((v) => `${v.id} (${v.label})`).join('; ')}.`,
  },
  'schema-type': {
    message: (a) =>
      `${cap(fieldVi(a.field))} phải là ${kindVi[a.expected]}, nhưng ở đây là ${kindVi[a.found]}${a.text ? ` (${a.text})` : ''}.`,
    hint: (a) =>
      a.expected === 'text' && (a.found === 'integer' || a.found === 'number')
        ? 'Đặt giá trị trong ngoặc kép, ví dụ "0243 821 2345", để giữ nguyên các chữ số (kể cả số 0 ở đầu).'
        : a.expected === 'integer'
          ? 'Chỉ ghi chữ số, ví dụ 12; không ghi chữ, đơn vị tính hay ghi chú (ghi chú để vào summary).'
          : a.expected === 'text'
            ? 'Ghi giá trị là một dòng chữ ngay sau dấu hai chấm.'
            : a.expected === 'list'
              ? 'Viết mỗi phần tử một dòng, bắt đầu bằng "- " và thụt vào 2 dấu cách, ví dụ:   - Thông báo số 12-TB/ĐU'
              : 'Viết các mục con ở những dòng bên dưới, mỗi dòng dạng "tên: giá trị", thụt vào thêm 2 dấu cách.',
  },
  'schema-format': {
    message: (a) => `${cap(fieldVi(a.field))} "${a.value}" không đúng dạng ${formatVi[a.format]}.`,
    hint: (a) => (a.suggestion ? `Sửa thành ${a.suggestion}.` : `Viết theo dạng ${formatVi[a.format]}.`),
  },
  'empty-value': {
    message: (a) => `${cap(fieldVi(a.field))} chưa điền.`,
    hint: (a) =>
      a.field.kind === 'indicator'
        ? 'Ghi số liệu của tháng (ghi 0 nếu không có); nếu chưa có số liệu thì xóa cả dòng này — không ghi nghĩa là "chưa báo cáo".'
        : 'Điền giá trị sau dấu hai chấm (cùng dòng), hoặc ở các dòng bên dưới thụt vào thêm 2 dấu cách.',
  },
  'number-as-string': {
    message: (a) => `${cap(fieldVi(a.field))} được viết trong ngoặc kép (${a.text}) nên là chữ, không phải số.`,
    hint: (a) => `Bỏ dấu ngoặc kép: viết ${a.suggestion}.`,
  },
  'negative-number': {
    message: (a) => `${cap(fieldVi(a.field))} là số âm (${a.text}); số liệu phải từ 0 trở lên.`,
    hint: () => 'Ghi số phát sinh trong tháng (0 nếu không có); không ghi số chênh lệch so với tháng trước.',
  },
  'not-integer': {
    message: (a) => `${cap(fieldVi(a.field))} có phần lẻ (${a.text}); số liệu phải là số nguyên.`,
    hint: () => 'Ghi số nguyên, ví dụ 12, không có dấu chấm hay dấu phẩy.',
  },
  'number-too-large': {
    message: (a) => `${cap(fieldVi(a.field))} quá lớn (${a.text}); danvan chỉ nhận số đến ${thousandsVi(a.max)}.`,
    hint: () => 'Kiểm tra lại số liệu, có thể gõ thừa chữ số.',
  },
  'number-format': {
    message: (a) => `${cap(fieldVi(a.field))} viết "${a.text}", cách viết này sẽ được hiểu là ${a.value}.`,
    hint: (a) => `Viết số bằng các chữ số thông thường${/^\d+$/.test(a.value) ? `: ${a.value}` : ''}.`,
  },
  'thousands-separator': {
    message: (a) =>
      `${cap(fieldVi(a.field))} viết "${a.text}" có dấu phân cách hàng nghìn; YAML không hiểu dấu này (1.000 bị đọc thành 1).`,
    hint: (a) => `Viết liền các chữ số, không dấu chấm, phẩy hay dấu cách: ${a.digits}.`,
  },
  'plan-mismatch': {
    message: (a) => `Số kế hoạch ghi "${a.value}", nhưng báo cáo này thực hiện Kế hoạch số ${a.expected} (${a.title}).`,
    hint: (a) => `Sửa thành: plan: ${a.expected}`,
  },
  rule: {
    // Against a fixed number the plan's own sentence says more ("… nhưng số buổi tiếp bằng 0").
    message: (a) =>
      a.right.ref
        ? `${cap(sideVi(a.left))} ${brokenVi[a.operator] ?? a.operator} ${inSentence(sideVi(a.right))}.`
        : `${a.message} (${countedVi(a.left.label ?? a.left.ref ?? '')}: ${thousandsVi(a.left.value)}.)`,
    hint: (a) =>
      `Kiểm tra lại ${a.right.ref ? 'hai số liệu này' : 'số liệu này'} trong tháng; theo kế hoạch: ${a.message}`,
  },
  'summary-empty': {
    message: (a) => `Nhiệm vụ ${a.task} ở trạng thái "${a.statusLabel}" nhưng chưa có tóm tắt kết quả (summary).`,
    hint: (a) => `Thêm dòng "summary: …" vào nhiệm vụ ${a.task}: một vài câu về kết quả nổi bật trong tháng.`,
  },
  'explanation-unused': {
    message: (a) => `Nhiệm vụ ${a.task} có lời giải trình (giai_trinh) nhưng không có cảnh báo nào để giải trình.`,
    hint: (a) =>
      `Nếu số liệu đã sửa thì xóa dòng "giai_trinh: …" ở nhiệm vụ ${a.task}. Lời giải trình chỉ dùng cho cảnh báo; lỗi thì phải sửa.`,
  },
  'duplicate-model-id': {
    message: (a) => `Mã mô hình "${a.id}" trùng với mô hình thứ ${a.firstIndex}.`,
    hint: () => 'Mỗi mô hình, điển hình một mã riêng; nếu là cùng một mô hình thì xóa mục lặp lại.',
  },
  'unknown-unit': {
    message: (a) =>
      `Không có đơn vị mã "${a.unit}" trong danh sách đơn vị.${a.suggestion ? ` Có phải ý bạn là "${a.suggestion}"${a.suggestionName ? ` (${a.suggestionName})` : ''}?` : ''}`,
    hint: (a) =>
      a.suggestion
        ? `Sửa thành: unit: ${a.suggestion}`
        : 'Xem mã của đơn vị mình bằng lệnh: danvan units (hoặc hỏi Ban Dân vận Quận ủy).',
  },
  'group-not-covered': {
    message: (a) =>
      `Nhiệm vụ ${a.task} thuộc nhóm ${a.group} (${a.groupLabel}), không thuộc phần việc của đơn vị ${a.unit} (${a.kindLabel}: báo cáo nhóm ${a.groups.join(', ')}).`,
    hint: (a) => `Xóa nhiệm vụ ${a.task} khỏi báo cáo; đơn vị chỉ báo cáo các nhiệm vụ nhóm ${a.groups.join(', ')}.`,
  },
  'task-missing': {
    message: (a) => `Chưa có nhiệm vụ ${a.task} ("${short(a.label)}") mà đơn vị phải báo cáo.`,
    hint: (a) =>
      `Thêm nhiệm vụ ${a.task} vào mục tasks, ít nhất với dòng "status:" (ví dụ status: chua-thuc-hien nếu trong tháng chưa thực hiện).`,
  },
  'period-outside-plan': {
    message: (a) =>
      `Kỳ báo cáo ${a.period} không nằm trong thời gian báo cáo của kế hoạch (từ tháng ${Number(a.first.slice(5))}/${a.first.slice(0, 4)} đến tháng 12/${a.year}).`,
    hint: (a) => `Kiểm tra lại tháng và năm trong "period:", ví dụ period: ${a.year}-04.`,
  },
  'period-in-future': {
    message: (a) => `Kỳ báo cáo ${a.period} chưa tới (hôm nay là ${a.today}).`,
    hint: () => 'Kiểm tra lại tháng trong "period:"; chỉ báo cáo tháng đã qua hoặc tháng hiện tại.',
  },
  'submitted-in-future': {
    message: (a) => `Ngày gửi ${a.submitted} là một ngày trong tương lai (hôm nay là ${a.today}).`,
    hint: () => 'Ghi ngày thực tế gửi báo cáo, dạng NĂM-THÁNG-NGÀY.',
  },
  'submitted-before-period': {
    message: (a) => `Ngày gửi ${a.submitted} ở trước tháng báo cáo ${a.period}.`,
    hint: (a) => `Ghi ngày thực tế gửi báo cáo (trong hoặc sau tháng ${a.period}), dạng NĂM-THÁNG-NGÀY.`,
  },
  'period-mismatch': {
    message: (a) => `Kỳ báo cáo trong tệp là ${a.content}, nhưng tệp nằm trong thư mục ${a.path}.`,
    hint: (a) => `Sửa "period:" cho đúng, hoặc chuyển tệp vào thư mục ${a.content}.`,
  },
  'unit-mismatch': {
    message: (a) => `Mã đơn vị trong tệp là "${a.content}", nhưng tên tệp là "${a.path}".`,
    hint: (a) =>
      a.pathKnown && !a.contentKnown
        ? `Sửa thành: unit: ${a.path}`
        : a.contentKnown && !a.pathKnown
          ? `Đổi tên tệp thành ${a.content}.yaml.`
          : a.contentKnown === false
            ? 'Sửa "unit:" và tên tệp theo mã của đơn vị mình (xem bằng lệnh: danvan units).'
            : `Tên tệp phải là mã đơn vị: sửa "unit:" thành ${a.path} nếu tên tệp đúng; nếu không, đổi tên tệp theo mã đơn vị mình (xem bằng lệnh: danvan units).`,
  },
  'duplicate-submission': {
    message: (a) =>
      `Đơn vị ${a.unit} có ${a.others.length + 1} báo cáo cho tháng ${a.period} (tệp này và ${quoteList(a.others)}); không tệp nào được tính.`,
    hint: () => 'Giữ lại một tệp đúng, xóa hoặc chuyển các tệp còn lại ra khỏi thư mục báo cáo.',
  },
  'copy-not-counted': {
    message: (a) =>
      `Tệp này cũng là báo cáo của đơn vị ${a.unit} tháng ${a.period}, nhưng tệp được tính là "${a.counted}"; tệp này không được tính.`,
    hint: () =>
      'Nếu đây là bản lưu, để nó ngoài thư mục báo cáo. Nếu tệp này mới là bản đúng, chép nó đè lên tệp được tính.',
  },
};

const en: Catalogue = {
  'setup-yaml': {
    message: (a) => `The file is not valid YAML: ${a.detail}`,
    hint: () => 'Check the indentation (spaces, not tabs), the colon after each key and the quotes.',
  },
  'setup-schema': {
    message: (a) =>
      a.problem ? setupProblemEn(a.problem) : `The content does not have the required structure: ${a.detail}`,
    hint: () => 'Compare with the files in examples/ and the JSON Schemas in schemas/.',
  },
  'plan-duplicate-id': {
    message: (a) => `The ${a.what} id "${a.id}" is used twice.`,
    hint: () => 'Each id may be used once; rename one or merge the two entries.',
  },
  'plan-unknown-ref': {
    message: (a) => `The plan has no ${a.what} "${a.ref}".`,
    hint: (a) =>
      a.what === 'indicator'
        ? 'Write <task id>.<indicator id> in full, e.g. UB.1.ho_so_tiep_nhan.'
        : 'Use an id declared in the plan.',
  },
  'plan-task-group': {
    message: (a) => `Task "${a.task}" is in group ${a.group} but its id does not start with "${a.group}.".`,
    hint: (a) => `Name tasks ${a.group}.1, ${a.group}.2, …`,
  },
  'units-duplicate-id': {
    message: (a) => `The unit id "${a.id}" is used twice.`,
    hint: () => "Each unit needs its own id; it is also the name of the unit's submission file.",
  },
  'units-unknown-parent': {
    message: (a) => `Unit "${a.id}" names parent "${a.parent}", which is not in the registry.`,
    hint: () => 'Correct the parent id, or remove the parent line.',
  },
  'units-parent-cycle': {
    message: (a) => `Units name each other as parent in a loop: ${a.cycle.join(' → ')}.`,
    hint: () => 'Correct the parent line of one unit in the loop, or remove it.',
  },
  // ── Submissions: the folder walk and opening the file
  'file-unreadable': {
    message: (a) =>
      `This file cannot be read: ${unreadableEn[a.reason]}${a.reason === 'other' ? ` (${a.detail})` : ''}.`,
    hint: (a) =>
      a.reason === 'link-loop' || a.reason === 'link-broken'
        ? 'Delete this link and copy the real submission here.'
        : a.reason === 'not-regular'
          ? 'Keep only .yaml submission files in the submissions folder; move this entry elsewhere.'
          : a.reason === 'denied'
            ? 'Give the user running the command read permission, or copy the file again.'
            : 'Check the file and run the command again.',
  },
  'link-outside': {
    message: (a) =>
      `This is a link pointing outside the submissions folder, to "${a.target}"; files outside the submissions folder are not read.`,
    hint: () => 'Copy the real submission into the submissions folder instead of the link.',
  },
  'file-name-space': {
    message: (a) =>
      `The file name "${a.name}" ends in white space after ".yaml", so the file is not read as a submission.`,
    hint: (a) => `Rename the file to "${a.name.trimEnd()}".`,
  },
  // ── Submissions
  'file-too-large': {
    message: (a) =>
      `The file is too large (${Math.ceil(a.size / 1024)} KB); a submission may be at most ${a.limit / 1024} KB.`,
    hint: () => 'A monthly report is a few KB: check for pasted images or spreadsheets and keep only the report.',
  },
  utf16: {
    message: () => 'The file is saved as UTF-16; danvan reads UTF-8 only.',
    hint: () => 'Open it in Notepad, choose File → Save As, set Encoding to "UTF-8" and save.',
  },
  'not-utf8': {
    message: (a) =>
      `The file is not UTF-8 (byte 0x${a.byte} here is invalid). It was probably typed or saved in an old Vietnamese encoding: TCVN3 (ABC), VNI or Windows-1258.`,
    hint: () =>
      'Save it as UTF-8: in Notepad, File → Save As, Encoding "UTF-8". If the Vietnamese text looks wrong, convert it with Unikey\'s converter (Ctrl+Shift+F6): source TCVN3 or VNI, target Unicode, then paste back and save as UTF-8.',
  },
  'empty-file': {
    message: () => 'The file is empty.',
    hint: () => 'Create a template with: danvan init --unit <unit id> --period <YYYY-MM>, then fill it in.',
  },
  'yaml-syntax': {
    message: (a) =>
      a.reason === 'other'
        ? `The file is not valid YAML (${a.detail}).`
        : yamlEn[a.reason].replace('{char}', oddEn(a.char)),
    hint: (a) => yamlHintEn(a.reason),
  },
  'tab-indent': {
    message: () => 'This line is indented with a tab; YAML allows spaces only.',
    hint: () => 'Replace the tab at the start of the line with spaces (usually 2 per level).',
  },
  'duplicate-key': {
    message: (a) => `"${a.key}" is written twice (first on line ${a.firstLine}).`,
    hint: (a) => `Keep one: merge into the entry on line ${a.firstLine} and delete this one.`,
  },
  'multiple-documents': {
    message: () => 'The file holds more than one document (a "---" separator).',
    hint: () =>
      'One file is one unit\'s report for one month: delete the "---" and what follows, or move it to another file.',
  },
  'root-not-mapping': {
    message: (a) =>
      `A report is a set of "key: value" lines (plan:, unit:, period:, …), but this file holds ${kindEn[a.found]}.`,
    hint: () =>
      'Start with lines such as "plan: 394-KH/BDVQU", "unit: phuong-bach-dang"; see the template made by danvan init.',
  },
  'alias-bomb': {
    message: (a) => `Too many nested * aliases (limit ${a.limit}); reading stopped to protect the machine.`,
    hint: () => 'Write the values out instead of using & anchors and * aliases.',
  },
  'forbidden-key': {
    message: (a) => `"${a.key}" cannot be used as a key.`,
    hint: () => 'Delete this entry; no report field has that name.',
  },
  // Reading and value checks
  'nul-byte': {
    message: () =>
      'The file holds a NUL character (code 0) here; it may be damaged or have content pasted from another program.',
    hint: () =>
      'Remove the NUL character (Notepad++: View → Show Symbol → Show All Characters) and save; or make the file again with danvan init.',
  },
  'cr-line-ends': {
    message: () => 'Lines in this file end with CR alone (old Mac style), so YAML reads the whole file as one line.',
    hint: () =>
      'Save the file with Windows (CRLF) or Unix (LF) line ends: in Notepad++, Edit → EOL Conversion → Windows (CR LF).',
  },
  'lone-cr': {
    message: () =>
      'This line holds a stray CR line break (usually pasted from an old Mac program or a web page): the editor shows a line break here, but YAML does not, and reads on in the same line.',
    hint: () =>
      'Delete the stray CR at the end of this line: put the cursor right after the last character of the line, press Delete, then Enter if a line break is wanted. Or give the whole file one kind of line end: in VS Code click "CRLF" or "LF" in the status bar and pick LF; in Notepad++, Edit → EOL Conversion → Unix (LF).',
  },
  'line-separator': {
    message: (a) =>
      `This line holds a hidden line break ${a.char} (usually pasted from Word or a web page): many editors do not show it, and YAML does not read it as a line break but runs on with the text around it.`,
    hint: () =>
      'Delete the hidden character: put the cursor at the line:column danvan gives (right after the character before it), press Delete, then Enter if a line break is wanted, or a space if two words now run together.',
  },
  'line-separator-in-text': {
    message: (a) =>
      `The text here holds a hidden line break ${a.char} (usually pasted from Word or a web page): the editor may not show it, and a report may show the text otherwise than the screen does (broken, or run together).`,
    hint: () =>
      'Delete the hidden character (put the cursor right after the character before it and press Delete), then type a space if two words now run together.',
  },
  'too-deep': {
    message: (a) =>
      `The file nests more than ${a.limit} levels deep ([ or { opened in a row, or too many indentation levels); danvan stops reading it.`,
    hint: () =>
      "danvan's files need only a few levels: check for pasted content or extra [ { here, then fix it to the expected shape.",
  },
  'text-cut-by-comment': {
    message: (a) =>
      `${cap(fieldEn(a.field))} is cut at " #": YAML reads "#${a.lost}" as a comment and drops it, keeping only "${a.kept}".`,
    hint: () =>
      'Put the whole text in double quotes to keep it, e.g. summary: "Ban hành Kế hoạch #12 về tuyên truyền".',
  },
  'char-not-allowed': {
    message: (a) =>
      `${cap(fieldEn(a.field))} holds the special character ${a.char}, which an Excel or Word report cannot hold.`,
    hint: () => 'Remove the character (usually copied from a web page or another program); retype the text if needed.',
  },
  'tasks-empty': {
    message: () => "tasks lists no task; a monthly report gives the results of the unit's tasks.",
    hint: () =>
      "Write each task under tasks (e.g.   UB.1:  then status, indicators…); the danvan init template lists the unit's tasks.",
  },
  'number-tagged-as-text': {
    message: (a) => `${cap(fieldEn(a.field))} is written "${a.text}": the !!str tag makes the number text.`,
    hint: (a) => `Remove !!str: write ${a.suggestion}.`,
  },
  'date-not-in-calendar': {
    message: (a) =>
      `${cap(fieldEn(a.field))} "${a.value}" is not on the calendar${a.monthDays ? ` (that month has ${a.monthDays} days)` : ' (the month must be 01 to 12)'}.`,
    hint: () => 'Check the day and month; write YEAR-MONTH-DAY, e.g. 2020-04-18.',
  },
  'unknown-key': {
    message: (a) =>
      `${a.parent.kind === 'root' ? 'The report' : cap(fieldEn(a.parent))} has no field "${a.key}".${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
    hint: (a) =>
      a.suggestion ? `Change "${a.key}" to "${a.suggestion}".` : `Fields allowed here: ${a.allowed.join(', ')}.`,
  },
  'unknown-task': {
    message: (a) => `The plan has no task "${a.task}".${a.suggestion ? ` Did you mean ${a.suggestion}?` : ''}`,
    hint: (a) =>
      a.suggestion
        ? `Change the id to ${a.suggestion}.`
        : 'Task ids are a group, a dot and a number (e.g. CU.3, UB.1); list them with: danvan plan.',
  },
  'unknown-indicator': {
    message: (a) =>
      `Task ${a.task} has no indicator "${a.indicator}".${a.otherTasks.length > 0 ? ` It belongs to task ${a.otherTasks.join(', ')}.` : a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
    hint: (a) =>
      a.otherTasks.length > 0
        ? `Move this line under indicators of task ${a.otherTasks[0]}.`
        : a.suggestion
          ? `Change "${a.indicator}" to "${a.suggestion}".`
          : `Indicators of task ${a.task}: ${a.allowed.join(', ')}.`,
  },
  'task-without-indicators': {
    message: (a) => `Task ${a.task} has no numeric indicators; report its status and summary only.`,
    hint: () => 'Delete indicators from this task; describe the results in summary.',
  },
  'schema-required': {
    message: (a) =>
      `${a.parent.kind === 'root' ? 'The report' : cap(fieldEn(a.parent))} is missing ${a.missing.map(missingEn).join(', ')}.`,
    hint: (a) =>
      `Add ${a.missing.map((m) => `"${exampleOf[m.key] ?? `${m.key}: …`}"`).join(', ')}${a.parent.kind === 'root' ? '' : ` to ${fieldEn(a.parent)} (indented 2 more spaces)`}.`,
  },
  'schema-enum': {
    message: (a) =>
      `${cap(fieldEn(a.field))} is "${a.value}", which is not an allowed value.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
    hint: (a) => `Use one of: ${a.allowed.map((v) => `${v.id} (${v.label})`).join('; ')}.`,
  },
  'schema-type': {
    message: (a) =>
      `${cap(fieldEn(a.field))} must be ${kindEn[a.expected]}, but is ${kindEn[a.found]}${a.text ? ` (${a.text})` : ''}.`,
    hint: (a) =>
      a.expected === 'text' && (a.found === 'integer' || a.found === 'number')
        ? 'Put the value in double quotes, e.g. "0243 821 2345", to keep every digit (leading zeros too).'
        : a.expected === 'integer'
          ? 'Write digits only, e.g. 12; no words, units or notes (notes go in summary).'
          : a.expected === 'text'
            ? 'Write the value as one line of text after the colon.'
            : a.expected === 'list'
              ? 'Write one item per line starting with "- ", indented by 2 spaces.'
              : 'Write the nested fields on the lines below, one "key: value" per line, indented 2 more spaces.',
  },
  'schema-format': {
    message: (a) => `${cap(fieldEn(a.field))} "${a.value}" is not in the form ${formatEn[a.format]}.`,
    hint: (a) => (a.suggestion ? `Change it to ${a.suggestion}.` : `Write it as ${formatEn[a.format]}.`),
  },
  'empty-value': {
    message: (a) => `${cap(fieldEn(a.field))} is not filled in.`,
    hint: (a) =>
      a.field.kind === 'indicator'
        ? 'Write the month\'s figure (0 if none); if you have no figure, delete the whole line — a missing line means "not reported".'
        : 'Write the value after the colon, or on the lines below indented 2 more spaces.',
  },
  'number-as-string': {
    message: (a) => `${cap(fieldEn(a.field))} is written in quotes (${a.text}), so it is text, not a number.`,
    hint: (a) => `Remove the quotes: write ${a.suggestion}.`,
  },
  'negative-number': {
    message: (a) => `${cap(fieldEn(a.field))} is negative (${a.text}); figures must be 0 or more.`,
    hint: () => "Write the month's own figure (0 if none), not a change against last month.",
  },
  'not-integer': {
    message: (a) => `${cap(fieldEn(a.field))} has a fraction (${a.text}); figures must be whole numbers.`,
    hint: () => 'Write a whole number such as 12, without dots or commas.',
  },
  'number-too-large': {
    message: (a) => `${cap(fieldEn(a.field))} is too large (${a.text}); the largest accepted is ${thousandsEn(a.max)}.`,
    hint: () => 'Check the figure; a digit may have been typed twice.',
  },
  'number-format': {
    message: (a) => `${cap(fieldEn(a.field))} is written "${a.text}", which reads as ${a.value}.`,
    hint: (a) => `Write the number in plain digits${/^\d+$/.test(a.value) ? `: ${a.value}` : ''}.`,
  },
  'thousands-separator': {
    message: (a) =>
      `${cap(fieldEn(a.field))} is written "${a.text}" with a thousands separator, which YAML does not understand (1.000 reads as 1).`,
    hint: (a) => `Write the digits without dots, commas or spaces: ${a.digits}.`,
  },
  'plan-mismatch': {
    message: (a) => `The plan number is "${a.value}", but this report belongs to Plan No. ${a.expected}.`,
    hint: (a) => `Change it to: plan: ${a.expected}`,
  },
  rule: {
    message: (a) =>
      a.right.ref
        ? `${cap(sideEn(a.left))} ${brokenEn[a.operator] ?? a.operator} ${sideEn(a.right)}.`
        : `${a.message} (${a.left.label ?? a.left.ref ?? ''}: ${thousandsEn(a.left.value)}.)`,
    hint: (a) =>
      `Check ${a.right.ref ? 'these two figures' : 'this figure'} for the month; the plan says: ${a.message}`,
  },
  'summary-empty': {
    message: (a) => `Task ${a.task} is "${a.status}" but has no summary.`,
    hint: (a) => `Add "summary: …" to task ${a.task}: a few sentences on the month's results.`,
  },
  'explanation-unused': {
    message: (a) => `Task ${a.task} has an explanation (giai_trinh) but no warning to explain.`,
    hint: (a) =>
      `If the figures were corrected, delete "giai_trinh: …" from task ${a.task}. Only warnings can be explained; errors must be fixed.`,
  },
  'duplicate-model-id': {
    message: (a) => `Model id "${a.id}" is the same as model no. ${a.firstIndex}.`,
    hint: () => 'Each model needs its own id; if it is the same model, delete the repeated entry.',
  },
  'unknown-unit': {
    message: (a) =>
      `There is no unit "${a.unit}" in the registry.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
    hint: (a) => (a.suggestion ? `Change it to: unit: ${a.suggestion}` : 'List unit ids with: danvan units.'),
  },
  'group-not-covered': {
    message: (a) =>
      `Task ${a.task} is in group ${a.group}, which unit ${a.unit} (${a.kind}) does not report (it reports ${a.groups.join(', ')}).`,
    hint: (a) => `Remove task ${a.task}; this unit reports group(s) ${a.groups.join(', ')} only.`,
  },
  'task-missing': {
    message: (a) => `Task ${a.task}, which this unit must report, is missing.`,
    hint: (a) =>
      `Add task ${a.task} under tasks, at least with "status:" (e.g. status: chua-thuc-hien if nothing was done this month).`,
  },
  'period-outside-plan': {
    message: (a) => `Period ${a.period} is outside the plan's reporting months (${a.first} to ${a.year}-12).`,
    hint: (a) => `Check the month and year in "period:", e.g. period: ${a.year}-04.`,
  },
  'period-in-future': {
    message: (a) => `Period ${a.period} has not started yet (today is ${a.today}).`,
    hint: () => 'Check the month in "period:"; report only past months or the current one.',
  },
  'submitted-in-future': {
    message: (a) => `The submission date ${a.submitted} is in the future (today is ${a.today}).`,
    hint: () => 'Write the date the report was actually sent, as YYYY-MM-DD.',
  },
  'submitted-before-period': {
    message: (a) => `The submission date ${a.submitted} is before the reported month ${a.period}.`,
    hint: (a) => `Write the date the report was actually sent (during or after ${a.period}).`,
  },
  'period-mismatch': {
    message: (a) => `The file says period ${a.content}, but it is in folder ${a.path}.`,
    hint: (a) => `Correct "period:", or move the file into folder ${a.content}.`,
  },
  'unit-mismatch': {
    message: (a) => `The file says unit "${a.content}", but it is named "${a.path}".`,
    hint: (a) =>
      a.pathKnown && !a.contentKnown
        ? `Change it to: unit: ${a.path}`
        : a.contentKnown && !a.pathKnown
          ? `Rename the file to ${a.content}.yaml.`
          : a.contentKnown === false
            ? 'Correct "unit:" and the file name to your unit\'s id (list them with: danvan units).'
            : `The file name must be the unit id: change "unit:" to ${a.path} if the name is right; otherwise rename the file to your unit's id (list them with: danvan units).`,
  },
  'duplicate-submission': {
    message: (a) =>
      `Unit ${a.unit} has ${a.others.length + 1} reports for ${a.period} (this file and ${quoteList(a.others)}); none is counted.`,
    hint: () => 'Keep the right file and delete or move the others out of the submissions folder.',
  },
  'copy-not-counted': {
    message: (a) =>
      `This file is also unit ${a.unit}'s report for ${a.period}, but "${a.counted}" is the one counted; this file is not.`,
    hint: () =>
      'If this is a kept copy, keep it outside the submissions folder. If this is the right version, copy it over the counted file.',
  },
};

export const catalogues: Record<Lang, Catalogue> = { vi, en };

/** One line per code, without the case's details: for lists of rules (SARIF) and the README. */
const titlesVi: Record<DiagnosticCode, string> = {
  'setup-yaml': 'Tệp cấu hình, kế hoạch hoặc danh sách đơn vị sai cú pháp YAML',
  'setup-schema': 'Tệp cấu hình, kế hoạch hoặc danh sách đơn vị sai cấu trúc',
  'plan-duplicate-id': 'Mã trùng trong tệp kế hoạch',
  'plan-unknown-ref': 'Tệp kế hoạch tham chiếu mã không có',
  'plan-task-group': 'Mã nhiệm vụ không bắt đầu bằng mã nhóm',
  'units-duplicate-id': 'Mã đơn vị trùng trong danh sách đơn vị',
  'units-unknown-parent': 'Đơn vị cấp trên không có trong danh sách',
  'units-parent-cycle': 'Các đơn vị lấy nhau làm cấp trên thành vòng tròn',
  'file-unreadable': 'Không đọc được tệp (lối tắt vòng tròn, không phải tệp thường, không có quyền)',
  'link-outside': 'Lối tắt trỏ ra ngoài thư mục báo cáo',
  'file-name-space': 'Tên tệp có dấu cách ở cuối',
  'file-too-large': 'Tệp lớn hơn 1 MiB',
  utf16: 'Tệp lưu theo bảng mã UTF-16',
  'not-utf8': 'Tệp không phải UTF-8 (TCVN3, VNI, Windows-1258…)',
  'empty-file': 'Tệp trống',
  'yaml-syntax': 'Sai cú pháp YAML',
  'tab-indent': 'Thụt lề bằng phím Tab',
  'duplicate-key': 'Một mục được viết hai lần',
  'multiple-documents': 'Nhiều báo cáo trong một tệp (dòng ---)',
  'root-not-mapping': 'Nội dung tệp không phải các dòng "tên: giá trị"',
  'alias-bomb': 'Quá nhiều tham chiếu * lồng nhau',
  'forbidden-key': 'Tên mục bị cấm (__proto__, constructor, prototype)',
  // Reading and value checks
  'nul-byte': 'Tệp có ký tự NUL (mã 0)',
  'cr-line-ends': 'Dòng chỉ kết thúc bằng CR (kiểu Mac cũ)',
  'lone-cr': 'Ký tự xuống dòng lạ (CR) giữa các dòng LF',
  'line-separator': 'Ký tự xuống dòng ẩn (U+2028, U+2029) dán từ Word hay trang web',
  'line-separator-in-text': 'Câu chữ có ký tự xuống dòng ẩn (U+2028, U+2029)',
  'too-deep': 'Tệp lồng nhau quá nhiều cấp',
  'text-cut-by-comment': 'Câu chữ bị cắt ở dấu " #"',
  'char-not-allowed': 'Ký tự đặc biệt không đưa được vào báo cáo',
  'tasks-empty': 'Mục tasks không có nhiệm vụ nào',
  'number-tagged-as-text': 'Số bị dấu !!str biến thành chữ',
  'date-not-in-calendar': 'Ngày không có trên lịch',
  'unknown-key': 'Mục không có trong mẫu báo cáo',
  'unknown-task': 'Mã nhiệm vụ không có trong kế hoạch',
  'unknown-indicator': 'Mã chỉ tiêu không có trong nhiệm vụ',
  'task-without-indicators': 'Ghi chỉ tiêu cho nhiệm vụ không có chỉ tiêu số liệu',
  'schema-required': 'Thiếu mục bắt buộc',
  'schema-enum': 'Giá trị không nằm trong danh sách được phép',
  'schema-type': 'Sai kiểu giá trị (chữ, số, danh sách…)',
  'schema-format': 'Sai dạng ngày, tháng hoặc mã',
  'empty-value': 'Mục bắt buộc chưa điền',
  'number-as-string': 'Số bị viết trong ngoặc kép',
  'negative-number': 'Số âm',
  'not-integer': 'Số có phần lẻ',
  'number-too-large': 'Số lớn hơn 10 tỷ',
  'number-format': 'Số viết theo dạng đặc biệt (0x10, 1e3, +5, 12.0…)',
  'thousands-separator': 'Số có dấu phân cách hàng nghìn (1.000)',
  'plan-mismatch': 'Số kế hoạch không đúng',
  rule: 'Vi phạm quy tắc so sánh chỉ tiêu của kế hoạch',
  'summary-empty': 'Thiếu tóm tắt kết quả cho nhiệm vụ đang thực hiện hoặc đã hoàn thành',
  'explanation-unused': 'Lời giải trình không có cảnh báo để giải trình',
  'duplicate-model-id': 'Mã mô hình trùng',
  'unknown-unit': 'Mã đơn vị không có trong danh sách đơn vị',
  'group-not-covered': 'Nhiệm vụ không thuộc phần việc của đơn vị',
  'task-missing': 'Thiếu nhiệm vụ đơn vị phải báo cáo',
  'period-outside-plan': 'Kỳ báo cáo ngoài thời gian báo cáo của kế hoạch',
  'period-in-future': 'Kỳ báo cáo chưa tới',
  'submitted-in-future': 'Ngày gửi là ngày trong tương lai',
  'submitted-before-period': 'Ngày gửi trước tháng báo cáo',
  'period-mismatch': 'Kỳ báo cáo khác thư mục chứa tệp',
  'unit-mismatch': 'Mã đơn vị khác tên tệp',
  'duplicate-submission': 'Hai báo cáo cho cùng đơn vị, cùng tháng',
  'copy-not-counted': 'Bản khác của báo cáo đã được tính, tệp này không được tính',
};

const titlesEn: Record<DiagnosticCode, string> = {
  'setup-yaml': 'Config, plan or unit registry is not valid YAML',
  'setup-schema': 'Config, plan or unit registry has the wrong structure',
  'plan-duplicate-id': 'Duplicate id in the plan file',
  'plan-unknown-ref': 'The plan file refers to an unknown id',
  'plan-task-group': 'Task id does not start with its group id',
  'units-duplicate-id': 'Duplicate unit id in the registry',
  'units-unknown-parent': 'Parent unit not in the registry',
  'units-parent-cycle': "Units are each other's parents in a loop",
  'file-unreadable': 'File cannot be read (link loop, not a regular file, no permission)',
  'link-outside': 'Link pointing outside the submissions folder',
  'file-name-space': 'File name ending in white space',
  'file-too-large': 'File larger than 1 MiB',
  utf16: 'File saved as UTF-16',
  'not-utf8': 'File is not UTF-8 (TCVN3, VNI, Windows-1258…)',
  'empty-file': 'Empty file',
  'yaml-syntax': 'Invalid YAML',
  'tab-indent': 'Indented with a tab',
  'duplicate-key': 'Key written twice',
  'multiple-documents': 'Several documents in one file (---)',
  'root-not-mapping': 'File content is not "key: value" lines',
  'alias-bomb': 'Too many nested * aliases',
  'forbidden-key': 'Forbidden key (__proto__, constructor, prototype)',
  // Reading and value checks
  'nul-byte': 'File holds a NUL character',
  'cr-line-ends': 'Lines end with CR alone (old Mac style)',
  'lone-cr': 'A stray CR among LF line ends',
  'line-separator': 'A hidden line break (U+2028, U+2029) pasted from Word or a web page',
  'line-separator-in-text': 'A text holds a hidden line break (U+2028, U+2029)',
  'too-deep': 'File nests too deep',
  'text-cut-by-comment': 'Text cut at " #"',
  'char-not-allowed': 'Character a report cannot hold',
  'tasks-empty': 'tasks lists no task',
  'number-tagged-as-text': 'Number made text by !!str',
  'date-not-in-calendar': 'Date not on the calendar',
  'unknown-key': 'Field not in the submission format',
  'unknown-task': 'Task id not in the plan',
  'unknown-indicator': 'Indicator id not in the task',
  'task-without-indicators': 'Indicators given for a task that has none',
  'schema-required': 'Required field missing',
  'schema-enum': 'Value not in the allowed list',
  'schema-type': 'Wrong kind of value (text, number, list…)',
  'schema-format': 'Wrong date, month or id format',
  'empty-value': 'Required field not filled in',
  'number-as-string': 'Number written in quotes',
  'negative-number': 'Negative number',
  'not-integer': 'Number with a fraction',
  'number-too-large': 'Number above ten billion',
  'number-format': 'Number in a special notation (0x10, 1e3, +5, 12.0…)',
  'thousands-separator': 'Number with a thousands separator (1.000)',
  'plan-mismatch': 'Wrong plan number',
  rule: 'A comparison rule of the plan does not hold',
  'summary-empty': 'No summary for a task in progress or done',
  'explanation-unused': 'An explanation with no warning to explain',
  'duplicate-model-id': 'Duplicate model id',
  'unknown-unit': 'Unit id not in the registry',
  'group-not-covered': "Task outside the unit's groups",
  'task-missing': 'A task the unit must report is missing',
  'period-outside-plan': "Period outside the plan's reporting months",
  'period-in-future': 'Period in the future',
  'submitted-in-future': 'Submission date in the future',
  'submitted-before-period': 'Submission date before the reported month',
  'period-mismatch': "Period differs from the file's folder",
  'unit-mismatch': 'Unit differs from the file name',
  'duplicate-submission': 'Two reports for one unit and month',
  'copy-not-counted': 'Another copy of this report is counted, not this one',
};

const titles: Record<Lang, Record<DiagnosticCode, string>> = { vi: titlesVi, en: titlesEn };

/** Every code danvan can report, in catalogue order. */
export const diagnosticCodes = Object.keys(titlesVi) as DiagnosticCode[];

export function diagnosticTitle(code: DiagnosticCode, lang: Lang): string {
  return titles[lang][code];
}

function wording<C extends DiagnosticCode>(lang: Lang, code: C): Wording<DiagnosticArgs[C]> {
  return catalogues[lang][code] as Wording<DiagnosticArgs[C]>;
}

export function diagnosticMessage(d: Diagnostic, lang: Lang): string {
  return wording(lang, d.code).message(d.args as never);
}

export function diagnosticHint(d: Diagnostic, lang: Lang): string {
  return wording(lang, d.code).hint(d.args as never);
}
