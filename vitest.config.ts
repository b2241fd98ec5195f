import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // LibreOffice and chromium tests take tens of seconds alone, longer when the 2-core machine is busy.
    testTimeout: 240_000,
    globalSetup: ['test/setup/temp-folder.ts'],
    setupFiles: ['test/setup/remove-temp-dirs.ts', 'test/setup/property-seed.ts'],
  },
});
