import type { Diagnostic, DiagnosticArgs, DiagnosticCode } from '../core/diagnostics.js';
import type { Lang } from './lang.js';

interface Wording<A> {
  message: (args: A) => string;
  hint: (args: A) => string;
}
type Catalogue = { [C in DiagnosticCode]: Wording<DiagnosticArgs[C]> };

const whatVi: Record<string, string> = {
  group: 'nhóm', task: 'nhiệm vụ', indicator: 'chỉ tiêu', rule: 'quy tắc', ratio: 'tỷ lệ',
  'unit kind': 'loại đơn vị', 'task status': 'trạng thái nhiệm vụ', 'model type': 'loại mô hình',
  'model field': 'lĩnh vực', 'model status': 'trạng thái mô hình',
};

const vi: Catalogue = {
  'setup-yaml': {
    message: (a) => `Tệp không đúng cú pháp YAML: ${a.detail}`,
    hint: () => 'Kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu hai chấm sau mỗi tên mục và dấu ngoặc kép.',
  },
  'setup-schema': {
    message: (a) => `Nội dung không đúng cấu trúc quy định: ${a.detail}`,
    hint: () => 'Đối chiếu với tệp mẫu trong thư mục examples/ và JSON Schema trong thư mục schemas/.',
  },
  'plan-duplicate-id': {
    message: (a) => `Mã ${whatVi[a.what] ?? a.what} "${a.id}" bị trùng.`,
    hint: () => 'Mỗi mã chỉ được dùng một lần; đổi mã hoặc gộp hai mục.',
  },
  'plan-unknown-ref': {
    message: (a) => `Không có ${whatVi[a.what] ?? a.what} "${a.ref}" trong kế hoạch.`,
    hint: (a) => (a.what === 'indicator' ? 'Viết đầy đủ <mã nhiệm vụ>.<mã chỉ tiêu>, ví dụ UB.1.ho_so_tiep_nhan.' : 'Dùng một mã đã khai báo trong kế hoạch.'),
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
};

const en: Catalogue = {
  'setup-yaml': {
    message: (a) => `The file is not valid YAML: ${a.detail}`,
    hint: () => 'Check the indentation (spaces, not tabs), the colon after each key and the quotes.',
  },
  'setup-schema': {
    message: (a) => `The content does not have the required structure: ${a.detail}`,
    hint: () => 'Compare with the files in examples/ and the JSON Schemas in schemas/.',
  },
  'plan-duplicate-id': {
    message: (a) => `The ${a.what} id "${a.id}" is used twice.`,
    hint: () => 'Each id may be used once; rename one or merge the two entries.',
  },
  'plan-unknown-ref': {
    message: (a) => `The plan has no ${a.what} "${a.ref}".`,
    hint: (a) => (a.what === 'indicator' ? 'Write <task id>.<indicator id> in full, e.g. UB.1.ho_so_tiep_nhan.' : 'Use an id declared in the plan.'),
  },
  'plan-task-group': {
    message: (a) => `Task "${a.task}" is in group ${a.group} but its id does not start with "${a.group}.".`,
    hint: (a) => `Name tasks ${a.group}.1, ${a.group}.2, …`,
  },
  'units-duplicate-id': {
    message: (a) => `The unit id "${a.id}" is used twice.`,
    hint: () => 'Each unit needs its own id; it is also the name of the unit\'s submission file.',
  },
  'units-unknown-parent': {
    message: (a) => `Unit "${a.id}" names parent "${a.parent}", which is not in the registry.`,
    hint: () => 'Correct the parent id, or remove the parent line.',
  },
};

export const catalogues: Record<Lang, Catalogue> = { vi, en };

function wording<C extends DiagnosticCode>(lang: Lang, code: C): Wording<DiagnosticArgs[C]> {
  return catalogues[lang][code] as Wording<DiagnosticArgs[C]>;
}

export function diagnosticMessage(d: Diagnostic, lang: Lang): string {
  return wording(lang, d.code).message(d.args as never);
}

export function diagnosticHint(d: Diagnostic, lang: Lang): string {
  return wording(lang, d.code).hint(d.args as never);
}
