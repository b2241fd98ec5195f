'use strict';
// Preloaded (node --require) when /usr/bin/time is missing: writes the process's peak resident set
// size in KiB to $DANVAN_BENCH_RSS_FILE as it exits, however it exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.DANVAN_BENCH_RSS_FILE)
    writeFileSync(process.env.DANVAN_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
