import type { Organisation } from '../../src/core/config-schema.js';
import type { Unit } from '../../src/core/submission-schema.js';
import { diagnostic, type FileSpec } from './helpers.js';

/* A small district whose text tries everything: table pipes, newlines, HTML, links, formulas. */

export const organisation: Organisation = {
  committee: 'QUẬN ỦY HAI BÀ TRƯNG',
  body: 'BAN DÂN VẬN',
  party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  place: 'Hai Bà Trưng',
  number_suffix: 'BC/BDVQU',
  signer: { title: 'TRƯỞNG BAN', name: 'Nguyễn Thị Thu Hà' },
  recipients: ['Thường trực Quận ủy,', '- Các đảng ủy phường,', 'Lưu BDVQU.'],
};

export const EVIL = 'Phường | Ác <script>alert(1)</script> [bấm](javascript:alert(1))\n# tiêu đề & *đậm* `x`';
export const units: Unit[] = [
  { id: 'phuong-ac', name: EVIL, kind: 'phuong' },
  { id: 'phuong-bach-dang', name: 'Phường Bạch Đằng', kind: 'phuong' },
  { id: 'ubnd-quan', name: '=1+1', kind: 'ubnd-quan' },
  { id: 'hoi-lhpn-quan', name: '@SUM(A1:A9)', kind: 'doan-the-quan' },
  { id: 'quan-doan', name: '-2+3', kind: 'doan-the-quan' },
];

export function hostileFiles(): FileSpec[] {
  const text = `Tóm tắt | có gạch\nxuống dòng <img src=x onerror=alert(1)> [link](http://evil.example) | cuối`;
  return [
    {
      unit: 'phuong-ac',
      month: '2020-04',
      submitted: '2020-04-25',
      tasks: {
        'UB.1': {
          indicators: { ho_so_tiep_nhan: 1234567, ho_so_da_giai_quyet: 10, ho_so_dung_han: 9 },
          summary: text,
          status: 'hoan-thanh',
        },
      },
      models: [
        { id: 'm-1', type: 'mo-hinh', name: `Mô hình | ${EVIL}`, field: 'kinh-te', status: 'dang-ky', result: text },
      ],
      difficulties: `Khó khăn\n- một\n- hai | ba <b>x</b>`,
      proposals: '> Đề nghị [x](y)',
      diagnostics: [diagnostic('2020-04/phuong-ac.yaml', 'warning', 7, 3)],
      file: '2020-04/phuong-ac|<b>.yaml',
    },
    {
      unit: 'phuong-bach-dang',
      month: '2020-04',
      tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 5 } } },
      valid: false,
      diagnostics: [diagnostic('x', 'error', 2, 1)],
      file: '2020-04/phuong-bach-dang.yaml',
    },
    {
      unit: 'ubnd-quan',
      month: '2020-04',
      submitted: '2020-04-20',
      tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 1000 }, summary: '=HYPERLINK("http://evil.example","bấm")' } },
      difficulties: "+cmd|' /C calc'!A0",
    },
    { unit: 'phuong-bach-dang', month: '2020-03', tasks: { 'UB.1': { indicators: { ho_so_tiep_nhan: 7 } } } },
  ];
}
