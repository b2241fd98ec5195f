import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import type { Formatter } from './options.js';
import { renderSarif } from './sarif.js';
import { renderStylish } from './stylish.js';

/** The formats of `danvan validate --format`; the list also feeds the CLI's options, so a new format is one line here. */
export const diagnosticFormats = ['stylish', 'json', 'github', 'junit', 'sarif'] as const;
export type DiagnosticFormat = (typeof diagnosticFormats)[number];

export const formatters: Record<DiagnosticFormat, Formatter> = {
  stylish: renderStylish,
  json: renderJson,
  github: renderGithub,
  junit: renderJunit,
  sarif: renderSarif,
};

export function isDiagnosticFormat(s: string): s is DiagnosticFormat {
  return (diagnosticFormats as readonly string[]).includes(s);
}
