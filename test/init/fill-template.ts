/**
 * Fills a `danvan init` template the way an official does: types a value after each empty `key:`,
 * leaving the comment that follows in place. Values pass the plan's rules (every indicator gets the
 * same number, so "đúng hạn ≤ đã giải quyết" and similar hold).
 */
export interface FillValues {
  submitted: string;
  number?: number;
  status?: string;
}

const STRUCTURE = new Set(['reporter', 'tasks', 'indicators', 'models']);

export function fillTemplate(text: string, values: FillValues): string {
  const fixed: Record<string, string> = {
    submitted: values.submitted,
    name: 'Nguyễn Thị Lan',
    position: 'Trưởng ban Dân vận Đảng ủy phường',
    phone: '"0243 821 2345"',
    status: values.status ?? 'thuong-xuyen',
    summary: '"Kết quả: đã thực hiện theo kế hoạch."',
    difficulties: 'Không có.',
    proposals: 'Không có.',
  };
  return text
    .split('\n')
    .map((line) => {
      const m = /^(\s*)([A-Za-z0-9_.]+):(\s+#.*)?$/.exec(line);
      if (!m) return line;
      const key = m[2]!;
      if (STRUCTURE.has(key) || /^[A-Z]+\.\d+$/.test(key)) return line;
      const value = fixed[key] ?? String(values.number ?? 5);
      return `${m[1]}${key}: ${value}${m[3] ?? ''}`;
    })
    .join('\n');
}
