// Each test file removes the temporary folders it made with tempDir() when it ends.
import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/cli.js';

afterAll(() => removeTempDirs());
