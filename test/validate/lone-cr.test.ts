/*
 * A lone CR — a carriage return with no line feed after it — among LF line ends is named where it
 * is (`lone-cr`, at its line and column as every finding counts them: by line feeds), and the file
 * is read on as the editor shows it, so the rest is checked too. A CRLF file has no lone CR; a file
 * whose lines mostly end in a CR alone is the old Mac file (`cr-line-ends`, the whole file).
 */
import { describe, expect, it } from 'vitest';
import { checkSubmissionExact } from '../../src/core/validate/validate-file.js';
import { diagnosticHint, diagnosticMessage } from '../../src/i18n/diagnostic-messages.js';
import { check, codes, submissionInput, validUbnd } from './helpers.js';

const findings = (text: string) => codes(check(text));
const exact = (text: string) => codes(checkSubmissionExact(submissionInput(text)).result);

describe('a lone CR in a file whose lines end in LF', () => {
  it('ending a line (a CR-only line end mixed in): one finding, at the CR, and nothing else', () => {
    const text = validUbnd.replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\r');
    expect(findings(text)).toEqual(['lone-cr@4:22']);
    expect(check(text).valid).toBe(false);
  });

  it('inside a text: at the CR, and the text is read on as one line', () => {
    expect(findings(validUbnd.replace('Trần Văn Hùng', 'Trần Văn\rHùng'))).toEqual(['lone-cr@5:27']);
  });

  it('before a CRLF (CR CR LF): the first CR is the lone one', () => {
    expect(findings(validUbnd.replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\r\r\n'))).toEqual([
      'lone-cr@4:22',
    ]);
  });

  it('each lone CR at its own place, and the rest of the file still checked at its lines', () => {
    const text = validUbnd
      .replace('period: 2020-04\n', 'period: 2020-04\r')
      .replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\r')
      .replace('ho_so_tiep_nhan: 1250', 'ho_so_tiep_nhan: -1250');
    expect(findings(text)).toEqual(['lone-cr@3:16', 'lone-cr@3:38', 'negative-number@7:36']);
  });

  it('in a CRLF file: named the same', () => {
    const crlf = validUbnd.replace(/\n/g, '\r\n');
    expect(findings(crlf.replace('submitted: 2020-04-17\r\n', 'submitted: 2020-04-17\r'))).toEqual(['lone-cr@4:22']);
  });

  it('the fast path leaves such a file to the exact path, which gives the same', () => {
    const text = validUbnd.replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\r');
    expect(exact(text)).toEqual(findings(text));
  });

  it('says it is a CR and how to fix it, in Vietnamese and English', () => {
    const [d] = check(validUbnd.replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\r')).diagnostics;
    expect(diagnosticMessage(d!, 'vi')).toContain('ký tự xuống dòng lạ CR');
    expect(diagnosticHint(d!, 'vi')).toContain('Xóa ký tự xuống dòng lạ (CR) ở cuối dòng này');
    expect(diagnosticMessage(d!, 'en')).toContain('stray CR');
    expect(diagnosticHint(d!, 'en')).toContain('Delete the stray CR at the end of this line');
  });
});

describe('line ends that are not lone CRs', () => {
  it('CRLF throughout: valid, no finding', () => {
    const crlf = validUbnd.replace(/\n/g, '\r\n');
    const result = check(crlf);
    expect(codes(result)).toEqual([]);
    expect(result.valid).toBe(true);
    // The exact path too, which the fast path may spare a CRLF file.
    expect(exact(crlf)).toEqual([]);
  });

  it('CR alone on most lines, one LF: the old Mac file, once for the whole file', () => {
    const mac = validUbnd.replace(/\n/g, '\r').replace('\r', '\n');
    expect(findings(mac)).toEqual(['cr-line-ends@1:1']);
  });
});
