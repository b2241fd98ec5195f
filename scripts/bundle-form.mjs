// The form's script: src/form/browser/main.ts and the core it checks with, bundled for the browser
// into dist/form/form-app.js, which `danvan form` writes into the HTML page. Run by `npm run build`.
//
// The core runs unchanged; three of its imports get the browser's counterparts: node:buffer (only
// its UTF-8 check), node:module (require of the yaml package, bundled here), and the manifest of
// precompiled validators (the page carries the plan's validator instead).
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const browser = join(root, 'src', 'form', 'browser');
const outfile = join(root, 'dist', 'form', 'form-app.js');

const counterparts = {
  name: 'browser-counterparts',
  setup(b) {
    b.onResolve({ filter: /^node:buffer$/ }, () => ({ path: join(browser, 'shims', 'node-buffer.ts') }));
    b.onResolve({ filter: /^node:module$/ }, () => ({ path: join(browser, 'shims', 'node-module.ts') }));
    b.onResolve({ filter: /[\\/]manifest\.js$/ }, (args) =>
      args.importer.includes(`${join('core', 'precompiled')}`)
        ? { path: join(browser, 'precompiled-manifest.ts') }
        : undefined,
    );
    // The core itself is never given another node: module; one would fail the build here, not in a browser.
    b.onResolve({ filter: /^node:/ }, (args) => ({
      errors: [{ text: `${args.path} cannot run in the form (imported by ${args.importer})` }],
    }));
  },
};

await rm(join(root, 'dist', 'form', 'form-app.js'), { force: true });
await build({
  entryPoints: [join(browser, 'main.ts')],
  outfile,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: true,
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  // Modules that find files beside themselves (import.meta.url) do so only through node:module's
  // createRequire here, which the page's counterpart ignores.
  define: { 'import.meta.url': '""' },
  plugins: [counterparts],
});
