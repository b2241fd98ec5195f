/**
 * The skeleton of a period's notes file (`danvan init --notes`): every section present and empty,
 * with a comment saying what goes there, so the secretariat only writes its own words.
 */
export function buildNotesTemplate(period: string, schemaRef: string | undefined): string {
  const block = (key: string, comment: string, indent = '') => `${indent}# ${comment}\n${indent}${key}: |\n`;
  return [
    ...(schemaRef ? [`# yaml-language-server: $schema=${schemaRef}`] : []),
    `# Ý kiến của cơ quan tổng hợp cho báo cáo kỳ ${period}: phần "Đánh giá chung" và "Phương hướng, nhiệm vụ".`,
    '# Viết sau dấu | ở dòng dưới, thụt vào hai dấu cách; để một dòng trống giữa hai đoạn.',
    '# Muốn gạch đầu dòng thì viết thành danh sách, mỗi dòng bắt đầu bằng "- ".',
    '# Mục nào để trống, báo cáo để chỗ trống có đánh dấu để điền tay.',
    `period: ${period}`,
    '# Số báo cáo (ví dụ 25) và ngày báo cáo (NĂM-THÁNG-NGÀY); bỏ trống thì văn thư điền tay / ngày hạn nộp.',
    '# number: 25',
    '# date: 2020-04-22',
    'assessment:',
    block('strengths', 'Ưu điểm', '  '),
    block('shortcomings', 'Hạn chế, khuyết điểm', '  '),
    block('causes', 'Nguyên nhân', '  '),
    block('direction', 'Phương hướng, nhiệm vụ kỳ tới'),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '\n');
}
