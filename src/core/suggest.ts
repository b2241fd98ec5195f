/**
 * "Did you mean …?" for ids an official types by hand. Comparison ignores case, Vietnamese
 * diacritics (đ counts as d) and separators, so `ub1`, `UB 1` and `Ub.1` all find `UB.1`, and
 * `phường-bạch-đằng` finds `phuong-bach-dang`; otherwise the closest id within a small edit distance,
 * or the one id that begins with what was typed.
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = fold(input);
  if (wanted === '') return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  const prefixed: string[] = [];
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const folded = fold(candidate);
    if (folded === wanted) return candidate;
    if (wanted.length >= 3 && folded.startsWith(wanted)) prefixed.push(candidate);
    if (Math.abs(folded.length - wanted.length) > limit) continue;
    const d = distance(wanted, folded, limit);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  if (bestDistance <= limit) return best;
  // "van-hoa" for "van-hoa-xa-hoi": a beginning that fits one id only.
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** Lower case, no diacritics, letters and digits only. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), capped: beyond `cap` returns cap + 1. */
function distance(a: string, b: string, cap: number): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? cap + 1;
}
