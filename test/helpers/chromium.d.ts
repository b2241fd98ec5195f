// Types for chromium.js (plain JavaScript, imported by the bench under node), for the TypeScript tests.
import type { Browser } from 'playwright-core';

export const CHROMIUM: string;
export function launchChromium(): Promise<Browser>;
