/**
 * A list option that may be given more than once and as "a,b": `--format md --format xlsx,docx`
 * and `--format md,xlsx,docx` collect the same list. Blank items are dropped.
 */
export const collectList = (value: string, previous: readonly string[] | undefined): string[] => [
  ...(previous ?? []),
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== ''),
];
