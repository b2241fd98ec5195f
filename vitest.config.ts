import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // LibreOffice and chromium tests take tens of seconds alone, longer when the 2-core machine is busy.
    testTimeout: 240_000,
    // Two test files at a time: by default a 2-core machine gets one worker (cores − 1), and the suite ran
    // file after file in 5 min 10 s; two at a time it takes about 3 min, since many files mostly wait on
    // the child processes they start (the built bin, LibreOffice, chromium).
    maxWorkers: 2,
    globalSetup: ['test/setup/temp-folder.ts'],
    setupFiles: ['test/setup/remove-temp-dirs.ts', 'test/setup/property-seed.ts'],
  },
});
