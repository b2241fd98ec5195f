import type { Diagnostic } from '../../core/diagnostics.js';
import type { FileResult } from '../../core/file-result.js';
import { usualSeverity } from '../../core/validate/codes.js';
import { diagnosticCodes, diagnosticHint, diagnosticMessage, diagnosticTitle } from '../../i18n/diagnostic-messages.js';
import type { RenderOptions } from './options.js';

/** A shown path as a SARIF artifact URI: relative paths stay relative (to the working folder), absolute become file:///. */
export function artifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const encoded = slashed
    .split('/')
    .map((seg, i) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg)))
    .join('/');
  if (slashed.startsWith('/')) return `file://${encoded}`;
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encoded}`;
  return encoded;
}

/**
 * SARIF 2.1.0 for code-scanning tools: one run, every code as a rule (id = code), each finding a
 * result with its region. Columns are UTF-16 code units, as danvan counts them; end columns are
 * exclusive in both.
 */
export function renderSarif(results: readonly FileResult[], options: RenderOptions): string {
  const { lang } = options;
  const index = new Map(diagnosticCodes.map((code, i) => [code, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'danvan',
            version: options.version,
            rules: diagnosticCodes.map((code) => ({
              id: code,
              name: code.replace(/(^|-)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase()),
              shortDescription: { text: diagnosticTitle(code, lang) },
              defaultConfiguration: { level: usualSeverity(code) },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) => {
          const result = (d: Diagnostic) => ({
            ruleId: d.code,
            ruleIndex: index.get(d.code) ?? 0,
            level: d.severity,
            message: { text: `${diagnosticMessage(d, lang)}\n${diagnosticHint(d, lang)}` },
            // The raw values (a rule's id, its indicators and operator) for tools; the message is for people.
            properties: { args: d.args },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(r.file) },
                  region: {
                    startLine: d.line,
                    startColumn: d.column,
                    endLine: d.endLine ?? d.line,
                    endColumn: d.endColumn ?? d.column,
                  },
                },
              },
            ],
          });
          // A warning the unit explained in its file (`giai_trinh:`) is a suppression in the source, accepted.
          const explained = (r.explained ?? []).map((d) => ({
            ...result(d),
            suppressions: [{ kind: 'inSource', status: 'accepted', justification: d.explanation }],
          }));
          return [...r.diagnostics.map(result), ...explained];
        }),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
