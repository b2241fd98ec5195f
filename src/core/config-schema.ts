import type { FromSchema } from 'json-schema-to-ts';

const path = (title: string, description: string) => ({ type: 'string', minLength: 1, title, description }) as const;
const text = (title: string, description: string) => ({ type: 'string', title, description }) as const;

/** danvan.config.yaml. Paths are relative to the config file's folder. */
export const configSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://danvan.example.org/schemas/config.schema.json',
  title: 'Cấu hình danvan',
  description: 'Tệp danvan.config.yaml: kế hoạch, danh sách đơn vị, thư mục báo cáo, thông tin cơ quan để lập báo cáo.',
  type: 'object',
  additionalProperties: false,
  properties: {
    plan: path('Tệp kế hoạch', 'Đường dẫn tệp kế hoạch (.plan.yaml). Bỏ trống: dùng Kế hoạch 394-KH/BDVQU có sẵn.'),
    units: path('Danh sách đơn vị', 'Đường dẫn tệp units.yaml.'),
    submissions: path('Thư mục báo cáo của đơn vị', 'Thư mục chứa các thư mục tháng (2020-04/…).'),
    out: path('Thư mục kết quả', 'Nơi ghi báo cáo tổng hợp (Word, Excel, Markdown).'),
    receipt_dates: {
      enum: ['git', 'submitted'],
      title: 'Ngày nhận báo cáo',
      description:
        'git (mặc định): khi thư mục báo cáo nằm trong kho git, ngày nhận là ngày của lần commit đầu tiên đưa tệp vào kho, và muộn hay đúng hạn xét theo ngày muộn hơn giữa ngày nhận và ngày gửi ghi trong tệp. submitted: chỉ xét ngày gửi ghi trong tệp (submitted).',
    },
    notes: path(
      'Thư mục ý kiến của cơ quan tổng hợp',
      'Thư mục chứa tệp <kỳ>.yaml (ví dụ notes/2020-04.yaml) với phần Đánh giá chung và Phương hướng, nhiệm vụ. Bỏ trống: thư mục notes cạnh tệp cấu hình.',
    ),
    organisation: {
      type: 'object',
      title: 'Cơ quan ban hành báo cáo',
      description: 'Phần đầu và phần cuối của báo cáo theo thể thức văn bản của Đảng.',
      additionalProperties: false,
      properties: {
        committee: text('Cấp ủy cấp trên', 'Ví dụ: QUẬN ỦY HAI BÀ TRƯNG.'),
        body: text('Cơ quan ban hành', 'Ví dụ: BAN DÂN VẬN.'),
        party: text('Tiêu đề', 'ĐẢNG CỘNG SẢN VIỆT NAM.'),
        place: text('Địa danh', 'Ví dụ: Hai Bà Trưng.'),
        number_suffix: text('Ký hiệu báo cáo', 'Phần sau số báo cáo, ví dụ: BC/BDVQU.'),
        signer: {
          type: 'object',
          title: 'Người ký',
          description: 'Chức danh và họ tên người ký.',
          additionalProperties: false,
          required: ['title', 'name'],
          properties: {
            on_behalf: text('Ký thay', 'Ví dụ: K/T TRƯỞNG BAN (bỏ trống nếu Trưởng ban ký).'),
            title: text('Chức danh', 'Ví dụ: TRƯỞNG BAN hoặc PHÓ TRƯỞNG BAN.'),
            name: text('Họ và tên', 'Họ và tên người ký.'),
          },
        },
        recipients: {
          type: 'array',
          title: 'Nơi nhận',
          description: 'Mỗi dòng một nơi nhận, ví dụ: Thường trực Quận ủy,',
          items: { type: 'string' },
        },
      },
    },
  },
} as const;

export type Config = FromSchema<typeof configSchema>;
export type Organisation = NonNullable<Config['organisation']>;
