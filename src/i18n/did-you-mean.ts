/** " Có phải ý bạn là …?" after a usage error, or nothing when there is no close guess. */
export const didYouMeanVi = (guess: string | undefined): string =>
  guess === undefined ? '' : ` Có phải ý bạn là "${guess}"?`;
export const didYouMeanEn = (guess: string | undefined): string =>
  guess === undefined ? '' : ` Did you mean "${guess}"?`;
