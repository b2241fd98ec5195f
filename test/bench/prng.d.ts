// Types for prng.js (plain JavaScript, run by node without a build), for the TypeScript tests.
export function hashString(text: string): number;

export interface Random {
  next(): number;
  /** Whole number in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** k distinct items, in their original order. */
  sample<T>(items: readonly T[], k: number): T[];
}

export function createRandom(seedText: string | number): Random;
