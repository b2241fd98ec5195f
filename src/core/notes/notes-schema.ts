import type { FromSchema } from 'json-schema-to-ts';

/**
 * A paragraph of the secretariat's own words: one text (blank lines part paragraphs) or a list, one
 * item a line of the report ("- …").
 */
const text = (title: string, description: string) =>
  ({
    type: ['string', 'array'],
    items: { type: 'string' },
    title,
    description,
  }) as const;

/** notes/<period>.yaml: what the secretariat writes itself into the report of a period. */
export const notesSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://danvan.example.org/schemas/notes.schema.json',
  title: 'Ý kiến của cơ quan tổng hợp cho báo cáo kỳ',
  description:
    'Tệp notes/<kỳ>.yaml: phần "Đánh giá chung" và "Phương hướng, nhiệm vụ" do cơ quan tổng hợp tự viết, số và ngày báo cáo.',
  type: 'object',
  additionalProperties: false,
  required: ['period'],
  properties: {
    period: {
      type: 'string',
      pattern: '^\\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$',
      title: 'Kỳ báo cáo',
      description: 'Trùng với tên tệp: 2020-04 (tháng), 2020-Q2 (quý), 2020-H1 (6 tháng), 2020 (năm).',
    },
    number: {
      type: ['string', 'integer'],
      title: 'Số báo cáo',
      description: 'Ví dụ: 25 hoặc 25-BC/BDVQU. Bỏ trống: để trống cho văn thư điền tay.',
    },
    date: {
      type: 'string',
      format: 'date',
      title: 'Ngày báo cáo',
      description: 'Dạng NĂM-THÁNG-NGÀY, ví dụ 2020-04-22.',
    },
    assessment: {
      type: 'object',
      additionalProperties: false,
      title: 'Đánh giá chung',
      description: 'Ưu điểm; hạn chế, khuyết điểm; nguyên nhân.',
      properties: {
        strengths: text('Ưu điểm', 'Những kết quả nổi bật, việc làm tốt trong kỳ.'),
        shortcomings: text('Hạn chế, khuyết điểm', 'Những việc chưa làm được hoặc làm chưa tốt.'),
        causes: text('Nguyên nhân', 'Nguyên nhân của ưu điểm và của hạn chế, khuyết điểm.'),
      },
    },
    direction: text('Phương hướng, nhiệm vụ kỳ tới', 'Những việc trọng tâm của kỳ sau.'),
  },
} as const;

export type NotesFile = FromSchema<typeof notesSchema>;

/** The secretariat's notes as the report uses them: every text a list of paragraphs or items. */
export interface Notes {
  number?: string;
  date?: string;
  strengths: NoteText;
  shortcomings: NoteText;
  causes: NoteText;
  direction: NoteText;
}

/** Paragraphs (`list` false) or list items; empty when the section was left blank. */
export interface NoteText {
  list: boolean;
  items: string[];
}
