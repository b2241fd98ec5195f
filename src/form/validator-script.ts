import { createRequire } from 'node:module';
import { createAjv } from '../core/ajv.js';

const require = createRequire(import.meta.url);
type StandaloneCode = typeof import('ajv/dist/standalone/index.js')['default'];

/**
 * The submission schema's validator as a script for the page: ajv compiles it now, as the build
 * compiles the shipped plan's (same options, so the same verdicts and errors), because the page's
 * Content-Security-Policy allows no eval and ajv cannot compile there. The standalone code is written
 * as CommonJS — only its export statement differs from the ES module the build writes — and wrapped
 * in a function the page calls with its own `module` and `require` (precompiled-manifest.ts).
 */
export function validatorScript(schema: object): string {
  const standaloneCode = (require('ajv/dist/standalone/index.js') as { default: StandaloneCode }).default;
  const ajv = createAjv();
  const validate = ajv.compile(schema);
  ajv.opts.code.esm = false;
  const code = standaloneCode(ajv, validate);
  return `window.danvanValidator = { schemaJson: ${JSON.stringify(JSON.stringify(schema))}, factory: function (module, require) { var exports = module.exports;\n${code}\n} };`;
}
