import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/core/plan.js';
import { repoRoot } from '../helpers/cli.js';

const planFile = `${repoRoot}schemas/394-KH-BDVQU.plan.yaml`;
const planText = readFileSync(planFile, 'utf8');

describe('the plan file of 394-KH/BDVQU', () => {
  const { plan, diagnostics } = loadPlan(planText, planFile);

  it('loads without findings', () => {
    expect(diagnostics).toEqual([]);
    expect(plan?.data.number).toBe('394-KH/BDVQU');
    expect(plan?.data.date).toBe('2020-03-18');
    expect(plan?.data.deadline_day).toBe(20);
  });

  it('holds exactly the 24 tasks of plan-394.md', () => {
    const ids = plan!.data.groups.flatMap((g) => g.tasks.map((t) => t.id));
    const expected = [
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `CU.${n}`),
      ...[1, 2, 3, 4].map((n) => `HD.${n}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `UB.${n}`),
      ...[1, 2, 3, 4].map((n) => `MT.${n}`),
    ];
    expect(ids).toEqual(expected);
  });

  it('holds every indicator of plan-394.md, in its task, with its kind', () => {
    // Transcribed from ../shared/plan-394.md: task → indicator ids; stocks marked with *.
    const expected: Record<string, string> = {
      'CU.1': 'hoi_nghi_quan_triet luot_nguoi_du van_ban_chi_dao',
      'CU.2': '',
      'CU.3': 'buoi_tiep_dan luot_cong_dan',
      'CU.4': 'kien_nghi_tiep_nhan kien_nghi_da_giai_quyet kien_nghi_ton*',
      'CU.5': 'don_thu_tiep_nhan don_thu_da_giai_quyet vu_viec_phuc_tap*',
      'CU.6': 'cuoc_doi_thoai y_kien_doi_thoai',
      'CU.7': 'y_kien_phan_anh',
      'CU.8': 'mo_hinh_dang_ky mo_hinh_cong_nhan mo_hinh_nhan_rong',
      'HD.1': 'cuoc_tiep_xuc_cu_tri luot_cu_tri kien_nghi_cu_tri',
      'HD.2': 'cuoc_giam_sat chat_van',
      'HD.3': 'kien_nghi_cu_tri_da_giai_quyet kien_nghi_cu_tri_dang_theo_doi*',
      'HD.4': 'nghi_quyet_ban_hanh nghi_quyet_lay_y_kien',
      'UB.1': 'ho_so_tiep_nhan ho_so_da_giai_quyet ho_so_dung_han',
      'UB.2': 'dvc_muc_3_4* ho_so_truc_tuyen',
      'UB.3': 'vu_viec_phat_hien',
      'UB.4': 'buoi_tiep_cong_dan luot_cong_dan',
      'UB.5': 'cuoc_doi_thoai don_tiep_nhan don_da_giai_quyet vu_viec_phuc_tap*',
      'UB.6': 'luot_cb_quan_triet',
      'UB.7': 'cuoc_kiem_tra cb_bi_xu_ly',
      'UB.8': 'du_thao_lay_y_kien',
      'MT.1': 'buoi_tuyen_truyen luot_nguoi_nghe',
      'MT.2': 'phong_trao_van_dong tien_van_dong',
      'MT.3': 'cuoc_giam_sat hoi_nghi_phan_bien y_kien_gop_y',
      'MT.4': 'kien_nghi_tong_hop',
    };
    const actual = Object.fromEntries(
      plan!.data.groups
        .flatMap((g) => g.tasks)
        .map((t) => [t.id, t.indicators.map((i) => `${i.id}${i.kind === 'stock' ? '*' : ''}`).join(' ')]),
    );
    expect(actual).toEqual(expected);
  });

  it('labels every task and indicator in Vietnamese, as the plan does', () => {
    const tasks = plan!.tasks;
    expect(tasks.get('CU.3')?.task.label).toBe('Nâng cao hiệu quả công tác tiếp dân của người đứng đầu cấp ủy');
    expect(plan!.indicators.get('UB.1.ho_so_dung_han')?.indicator).toEqual({
      id: 'ho_so_dung_han',
      label: 'Hồ sơ giải quyết đúng hạn',
      unit: 'hồ sơ',
      kind: 'flow',
    });
    expect(plan!.indicators.get('MT.2.tien_van_dong')?.indicator.unit).toBe('đồng');
  });

  it('covers the groups of each unit kind as plan-394.md lists them', () => {
    expect(Object.fromEntries([...plan!.kinds.values()].map((k) => [k.id, k.groups.join(',')]))).toEqual({
      phuong: 'CU,HD,UB,MT',
      'hdnd-quan': 'HD',
      'ubnd-quan': 'UB',
      'mttq-quan': 'MT',
      'doan-the-quan': 'MT',
      'to-chuc-dang': 'CU',
    });
  });

  it('encodes the comparison rules with their severities', () => {
    const rules = Object.fromEntries(plan!.data.rules.map((r) => [`${r.left} ${r.operator} ${r.right}`, r.severity]));
    expect(rules).toMatchObject({
      'UB.1.ho_so_dung_han <= UB.1.ho_so_da_giai_quyet': 'error',
      'UB.2.ho_so_truc_tuyen <= UB.1.ho_so_tiep_nhan': 'error',
      'HD.4.nghi_quyet_lay_y_kien <= HD.4.nghi_quyet_ban_hanh': 'error',
      'CU.4.kien_nghi_da_giai_quyet <= CU.4.kien_nghi_tiep_nhan': 'warning',
      'CU.5.don_thu_da_giai_quyet <= CU.5.don_thu_tiep_nhan': 'warning',
      'UB.5.don_da_giai_quyet <= UB.5.don_tiep_nhan': 'warning',
      'CU.3.buoi_tiep_dan > 0': 'warning',
      'UB.4.buoi_tiep_cong_dan > 0': 'warning',
    });
  });
});

describe('a plan file with a mistake', () => {
  const broken = (from: string, to: string) => {
    expect(planText).toContain(from);
    return loadPlan(planText.replace(from, to), 'broken.plan.yaml');
  };
  const lineOf = (text: string, needle: string, nth = 1) => {
    let index = -1;
    for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
    return text.slice(0, index).split('\n').length;
  };

  it('rejects an unknown indicator kind at its line', () => {
    const from = '{ id: luot_nguoi_du, label: Lượt người tham dự, unit: lượt, kind: flow }';
    const to = '{ id: luot_nguoi_du, label: Lượt người tham dự, unit: lượt, kind: luy-ke }';
    const { plan, diagnostics } = broken(from, to);
    expect(plan).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.line, d.path.join('.')])).toEqual([
      ['setup-schema', lineOf(planText, from), 'groups.0.tasks.0.indicators.1.kind'],
    ]);
  });

  it('rejects a unit kind naming a group the plan does not have', () => {
    const from = '{ id: ubnd-quan, label: UBND quận, groups: [UB] }';
    const { diagnostics } = broken(from, '{ id: ubnd-quan, label: UBND quận, groups: [UBX] }');
    expect(diagnostics.map((d) => [d.code, d.line, d.args])).toEqual([
      ['plan-unknown-ref', lineOf(planText, from), { what: 'group', ref: 'UBX' }],
    ]);
  });

  it('rejects a duplicate task id, pointing at the second one', () => {
    const { plan, diagnostics } = broken('      - id: CU.4\n', '      - id: CU.3\n');
    expect(plan).toBeUndefined();
    // The rules that name CU.4's indicators are reported too: they no longer resolve.
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.args])).toContainEqual([
      'plan-duplicate-id',
      lineOf(planText, '      - id: CU.4\n'),
      13,
      { what: 'task', id: 'CU.3' },
    ]);
    expect(diagnostics.filter((d) => d.code === 'plan-duplicate-id')).toHaveLength(1);
  });

  it('rejects a rule naming an unknown indicator', () => {
    const from = '    right: UB.1.ho_so_da_giai_quyet\n';
    const { diagnostics } = broken(from, '    right: UB.1.ho_so_giai_quyet\n');
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.path.join('.')])).toEqual([
      ['plan-unknown-ref', lineOf(planText, from), 12, 'rules.0.right'],
    ]);
  });

  it('rejects broken YAML with the position of the break', () => {
    const { diagnostics } = loadPlan('number: 394-KH/BDVQU\ntitle: [unclosed\n', 'x.plan.yaml');
    expect(diagnostics[0]?.code).toBe('setup-yaml');
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('rejects a task filed under the wrong group', () => {
    const { diagnostics } = broken('      - id: HD.1\n', '      - id: UB.9\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['plan-task-group']);
  });
});
