/*
 * Preload (`node --import ./module-log.mjs …`) that records every module a run loads, one absolute
 * path or URL a line, into the file named by DANVAN_MODULE_LOG: ES modules through a loader hook,
 * CommonJS modules from require's cache at exit (a CommonJS package's own require() calls do not
 * pass through ES module hooks).
 */
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.DANVAN_MODULE_LOG;
if (log) {
  register('./module-log-hooks.mjs', import.meta.url, { data: { log } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const lines = Object.keys(require.cache).map((p) => `cjs ${p}`);
    appendFileSync(log, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  });
}
