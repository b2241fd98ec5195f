/*
 * Vietnamese words the generator draws from: place and person names, sentences officials write in
 * their summaries. Nothing here names a task or an indicator — those come from the plan file.
 */

export const familyNames = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Đào',
  'Trịnh',
  'Lương',
];
export const middleNames = [
  'Thị',
  'Văn',
  'Thị Thu',
  'Minh',
  'Quốc',
  'Thị Thanh',
  'Hữu',
  'Đức',
  'Ngọc',
  'Thị Hồng',
  'Xuân',
  'Thành',
];
export const givenNames = [
  'Lan',
  'Hà',
  'Hùng',
  'Dũng',
  'Hương',
  'Tuấn',
  'Nga',
  'Thắng',
  'Hải',
  'Yến',
  'Phương',
  'Sơn',
  'Trang',
  'Bình',
  'Hằng',
  'Cường',
  'Thảo',
  'Long',
  'Huyền',
  'Quang',
  'Mai',
  'Đức',
  'Linh',
  'Khánh',
];

/** Wards of Hai Bà Trưng in 2020; a city repeats them per district with the district's name. */
export const wardNames = [
  'Bạch Đằng',
  'Bách Khoa',
  'Bạch Mai',
  'Bùi Thị Xuân',
  'Cầu Dền',
  'Đống Mác',
  'Đồng Nhân',
  'Đồng Tâm',
  'Lê Đại Hành',
  'Minh Khai',
  'Ngô Thì Nhậm',
  'Nguyễn Du',
  'Phạm Đình Hổ',
  'Phố Huế',
  'Quỳnh Lôi',
  'Quỳnh Mai',
  'Thanh Lương',
  'Thanh Nhàn',
  'Trương Định',
  'Vĩnh Tuy',
];

export const districtNames = [
  'Hai Bà Trưng',
  'Ba Đình',
  'Hoàn Kiếm',
  'Tây Hồ',
  'Long Biên',
  'Cầu Giấy',
  'Đống Đa',
  'Hoàng Mai',
  'Thanh Xuân',
  'Nam Từ Liêm',
  'Bắc Từ Liêm',
  'Hà Đông',
  'Sơn Tây',
  'Gia Lâm',
  'Đông Anh',
  'Sóc Sơn',
  'Thanh Trì',
  'Mê Linh',
  'Thường Tín',
  'Phú Xuyên',
];

/** Nicer names for district bodies, by unit kind; other kinds use the plan's label. */
export const bodyNames = {
  'doan-the-quan': [
    'Hội Liên hiệp Phụ nữ',
    'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    'Hội Cựu chiến binh',
    'Liên đoàn Lao động',
    'Hội Chữ thập đỏ',
    'Hội Người cao tuổi',
  ],
  'to-chuc-dang': [
    'Đảng bộ Khối cơ quan',
    'Đảng bộ Khối doanh nghiệp',
    'Đảng bộ Công an',
    'Đảng bộ Quân sự',
    'Chi bộ Trường Chính trị',
  ],
};

/** How many district bodies of a kind a district has, when there is more than one. */
export const bodiesPerDistrict = { 'doan-the-quan': 4, 'to-chuc-dang': 3 };

export const positions = {
  phuong: [
    'Trưởng ban Dân vận Đảng ủy phường',
    'Phó Bí thư Thường trực Đảng ủy phường',
    'Cán bộ Văn phòng Đảng ủy phường',
  ],
  'hdnd-quan': ['Chánh Văn phòng HĐND và UBND quận', 'Phó Chủ tịch HĐND quận'],
  'ubnd-quan': ['Chánh Văn phòng HĐND và UBND quận', 'Phó Chủ tịch UBND quận', 'Chuyên viên Văn phòng UBND quận'],
  'mttq-quan': ['Phó Chủ tịch Ủy ban MTTQ Việt Nam quận', 'Cán bộ Văn phòng Ủy ban MTTQ quận'],
  'doan-the-quan': ['Chủ tịch', 'Phó Chủ tịch', 'Cán bộ văn phòng'],
  'to-chuc-dang': ['Phó Bí thư Đảng ủy', 'Ủy viên Ban Thường vụ Đảng ủy'],
};
export const defaultPosition = 'Cán bộ phụ trách công tác dân vận';

/** Second sentences of a summary; the first one is built from the task and its numbers. */
export const summaryTails = [
  'Các nội dung được triển khai đúng kế hoạch, bám sát chỉ đạo của Ban Dân vận Quận ủy.',
  'Nhân dân đồng tình, hưởng ứng; nhiều ý kiến đóng góp được tiếp thu.',
  'Đã phân công đồng chí Phó Bí thư trực tiếp theo dõi, đôn đốc.',
  'Kết quả được thông báo công khai tại bảng tin tổ dân phố và trên trang thông tin điện tử.',
  'Phối hợp chặt chẽ với Ủy ban MTTQ và các đoàn thể phường.',
  'Một số tổ dân phố thực hiện chưa đều, cần tiếp tục đôn đốc trong tháng tới.',
  'Các vụ việc phát sinh được giải quyết dứt điểm tại cơ sở, không để kéo dài.',
  'Đã sơ kết, rút kinh nghiệm tại hội nghị giao ban hằng tháng.',
  'Tổ chức lồng ghép với sinh hoạt chi bộ và họp tổ dân phố.',
  'Tập trung vào địa bàn có nhiều hộ kinh doanh và khu tập thể cũ.',
  'Tuyên truyền qua hệ thống loa truyền thanh, nhóm Zalo của các tổ dân phố.',
  'Không có vụ việc phức tạp, đông người phát sinh trong tháng.',
];

export const openers = [
  'Tiếp tục thực hiện tốt nhiệm vụ theo kế hoạch.',
  'Triển khai nghiêm túc, đúng tiến độ.',
  'Thực hiện thường xuyên, có hiệu quả.',
  'Đã xây dựng kế hoạch và phân công cán bộ phụ trách.',
  'Ban Thường vụ Đảng ủy trực tiếp chỉ đạo thực hiện.',
];

export const evidenceForms = [
  'Kế hoạch số {n}-KH/ĐU',
  'Thông báo số {n}-TB/ĐU',
  'Báo cáo số {n}-BC/UBND',
  'Quyết định số {n}/QĐ-UBND',
  'Công văn số {n}-CV/MTTQ',
  'Biên bản hội nghị ngày {d}',
];

export const modelNames = [
  'Ngõ phố văn minh, sạch đẹp',
  'Tổ dân phố không rác thải nhựa',
  'Dân vận khéo trong giải phóng mặt bằng',
  'Bộ phận một cửa thân thiện',
  'Camera an ninh khu phố',
  'Điểm sáng văn hóa khu dân cư',
  'Bữa cơm nghĩa tình',
  'Tủ sách pháp luật khu dân cư',
  'Hòm thư góp ý điện tử',
  'Phụ nữ giữ gìn phố phường văn minh',
  'Thanh niên xung kích phòng cháy chữa cháy',
  'Cựu chiến binh gương mẫu',
];
export const modelResults = [
  'Được nhân dân hưởng ứng, duy trì đều hằng tháng.',
  'Đã nhân rộng ra các tổ dân phố lân cận.',
  'Giảm rõ rệt các vụ việc phải giải quyết ở cấp trên.',
  'Huy động được nguồn lực xã hội hóa từ các hộ kinh doanh.',
];

export const difficulties = [
  'Một số tổ dân phố có nhiều hộ thuê trọ, biến động dân cư lớn nên khó nắm tình hình.',
  'Cán bộ kiêm nhiệm nhiều việc, thời gian dành cho công tác dân vận còn hạn chế.',
  'Kinh phí cho hoạt động của các tổ dân phố còn khó khăn.',
  'Một số kiến nghị liên quan đến đất đai vượt thẩm quyền của phường.',
  'Cơ sở vật chất của nhà văn hóa khu dân cư xuống cấp.',
];
export const proposals = [
  'Đề nghị Ban Dân vận Quận ủy tổ chức tập huấn nghiệp vụ cho cán bộ dân vận cơ sở.',
  'Đề nghị UBND quận sớm trả lời các kiến nghị về quy hoạch, đất đai của nhân dân.',
  'Đề nghị bổ sung kinh phí hỗ trợ hoạt động của tổ dân vận.',
  'Đề nghị quận biểu dương các mô hình "Dân vận khéo" tiêu biểu trong quý.',
];
