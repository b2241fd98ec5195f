import type { ChalkInstance } from 'chalk';

/**
 * What Chalk at level 0 does for the style chains the renderers use (`c.red(…)`, `c.bold.underline(…)`):
 * arguments joined by a space, no escape codes. Without colour — pipes, CI, NO_COLOR, --no-color,
 * the common case for a one-file check — chalk is then never loaded. Colour functions that take
 * arguments themselves (`c.hex('#fff')`) are not offered; renderers do not use them.
 */
export function plainColor(): ChalkInstance {
  const style = (...args: unknown[]): string => (args.length === 1 ? String(args[0]) : args.join(' '));
  const chain: ChalkInstance = new Proxy(style, {
    // `then` stays undefined: a chain returned from an async function must not look like a promise.
    get: (target, key) =>
      key === 'level' ? 0 : key === 'then' || typeof key === 'symbol' ? Reflect.get(target, key) : chain,
  }) as unknown as ChalkInstance;
  return chain;
}
