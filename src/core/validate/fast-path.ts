import { isUtf8 } from 'node:buffer';
import type { Document } from 'yaml';
import { tooDeepAt } from '../yaml-depth.js';
import { locate } from '../yaml-locate.js';
import { parseWithUniqueKeys } from '../yaml-unique-keys.js';
import { MAX_FILE_BYTES } from './bytes.js';
import { readFastWithPlaces } from './fast-reader.js';
import { Findings } from './findings.js';
import { hasIndicatorNumberProblem } from './numbers.js';
import { checkData, type CheckedFile, type SubmissionInput } from './validate-file.js';

/**
 * The fast path: most files are plain YAML, which the fast reader (fast-reader.ts) reads several
 * times faster than a parse that keeps every position, into the same data, noting where each key
 * and one-line value is written. The layers after the YAML then run once on that data, as on the
 * exact path, and a finding is placed where the reader saw it — or, for a place it did not see (a
 * whole list or mapping, a block text), by a yaml parse made then. Anything the fast reader does not
 * answer — unusual bytes or characters, YAML beyond the plainest, a number written in another form,
 * a text cut by a comment — returns undefined, and the exact path checks the file from the start.
 * Either way the result is the exact path's, to the data and the column
 * (test/validate/fast-path-differential.test.ts).
 */
export function checkSubmissionFast(input: SubmissionInput): CheckedFile | undefined {
  const { bytes } = input;
  if (bytes.length === 0 || bytes.length > MAX_FILE_BYTES || hasByteOrderMark(bytes) || !isUtf8(bytes))
    return undefined;
  // Valid UTF-8 without a BOM (checked above): Buffer's decoder gives the same text as TextDecoder, faster.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (tooDeepAt(text) >= 0) return undefined;
  const read = readFastWithPlaces(text);
  // A value the number layer would report needs how it was written (quotes, source): the exact path's.
  if (read === undefined || hasIndicatorNumberProblem(read.data, input.plan)) return undefined;

  // Places the reader did not see (a whole list or mapping, a block text) come from yaml, parsed once if asked.
  let doc: Document | undefined;
  const document = () => (doc ??= parseWithUniqueKeys(text));
  return checkData(
    input,
    {
      text,
      data: read.data,
      // No indicator value here gets a finding (checked above), so the number layer has nothing to see.
      indicators: [],
      at: (path, target = 'value') => read.locate(path, target) ?? locate(document(), path, target),
      firstKey: () => read.firstKey,
      unitAtLater: true,
    },
    new Findings(input.file, text),
  );
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
