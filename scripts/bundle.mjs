// The command line as a few files instead of some eighty: Node loads each module on its own
// (resolve, read, compile), and for `danvan validate <one file>` that is most of the start-up.
// Run by `npm run build` after tsc: bundles dist/cli/main.js into dist/bundle/, one file for what
// every run needs and one chunk per part loaded on demand (each command, the renderers…).
//
// Packages stay in node_modules (they load as they would anyway). Worker scripts and the
// precompiled validators stay where tsc and write-precompiled put them: every module in the bundle
// keeps its own `import.meta.url`, rewritten to the file it came from, so paths relative to it
// (the package root, the worker scripts, generated/index.js) point where they always did.
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');

const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      // Only code is rewritten: a module that writes the words into a text (code it generates) would
      // have its text changed too, so it stops the build instead.
      for (const line of source.split('\n')) if (inString(line)) throw new Error(`${args.path}: import.meta.url inside a string; cannot bundle it safely`);
      const fromBundle = relative(outdir, args.path).split(sep).join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'js' };
    });
  },
};

/** Whether an `import.meta.url` on this line stands inside quotes (quotes on one line, as tsc writes them). */
function inString(line) {
  let quote;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === undefined && line.startsWith('//', i)) return false;
    if (quote !== undefined && c === '\\') i++;
    else if (c === quote) quote = undefined;
    else if (quote === undefined && (c === "'" || c === '"' || c === '`')) quote = c;
    else if (quote !== undefined && line.startsWith('import.meta.url', i)) return true;
  }
  return false;
}

// Chunk names carry a hash: without this, each build would leave the last one's chunks beside its own.
await rm(outdir, { recursive: true, force: true });

await build({
  entryPoints: [join(root, 'dist', 'cli', 'main.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [ownUrl],
});
