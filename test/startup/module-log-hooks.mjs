// Loader hooks of module-log.mjs: they run on the loader's own thread and append to the log file.
import { appendFileSync } from 'node:fs';

let log;
export function initialize(data) {
  log = data.log;
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('node:')) appendFileSync(log, `esm ${url}\n`);
  return nextLoad(url, context);
}
