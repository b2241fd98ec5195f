/*
 * Where the browser tests and the bench find chromium (Debian's package, installed by .ci/run) and how
 * they start it: headless, no sandbox (containers have none), nothing fetched in the background that
 * could slow a measurement. Plain JavaScript, so the bench imports it under node without a build.
 */
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Starts chromium; playwright-core is loaded only here, when a browser is wanted. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
