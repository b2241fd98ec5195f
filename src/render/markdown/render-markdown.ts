import * as HandlebarsModule from 'handlebars';
import type { ReportModel } from '../../core/report-model.js';
import { formatCount, formatPercent, formatPoints, formatSignedCount, formatSignedPercent } from '../vi-format.js';
import { buildReportView } from './report-view.js';

export interface MarkdownTemplates {
  /** The main template's text and a name for messages (its file). */
  main: { name: string; text: string };
  /** Partials by name (`{{> header}}`). */
  partials: Record<string, string>;
}

/** A template that does not compile or fails while rendering; the CLI reports it as a usage error. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    readonly template: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// handlebars is CommonJS with `export =` typings: under plain Node the namespace holds it as `default`.
const Handlebars = (HandlebarsModule as unknown as { default?: typeof HandlebarsModule }).default ?? HandlebarsModule;

const numberOrUndefined = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Formatting helpers; their output is digits, signs and "—", which are inert Markdown. */
function registerHelpers(hb: typeof HandlebarsModule): void {
  hb.registerHelper('num', (v: unknown) => formatCount(numberOrUndefined(v)));
  hb.registerHelper('pct', (v: unknown) => formatPercent(numberOrUndefined(v)));
  hb.registerHelper('signed', (v: unknown) => formatSignedCount(numberOrUndefined(v)));
  hb.registerHelper('signedPct', (v: unknown) => formatSignedPercent(numberOrUndefined(v)));
  hb.registerHelper('points', (v: unknown) => formatPoints(numberOrUndefined(v)));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('gt', (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && a > b);
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  hb.registerHelper('not', (a: unknown) => !a);
  hb.registerHelper('cap', (s: unknown) =>
    typeof s === 'string' ? s.charAt(0).toLocaleUpperCase('vi') + s.slice(1) : s,
  );
  hb.registerHelper('upper', (s: unknown) => (typeof s === 'string' ? s.toLocaleUpperCase('vi') : s));
  hb.registerHelper('lower', (s: unknown) => (typeof s === 'string' ? s.toLocaleLowerCase('vi') : s));
  hb.registerHelper('inc', (a: unknown) => (typeof a === 'number' ? a + 1 : a));
}

/**
 * The report as GitHub-flavoured Markdown. `noEscape`: the view's strings are escaped for Markdown
 * already, and Handlebars' HTML escaping would show up as "&amp;" on GitHub.
 */
export function renderMarkdown(model: ReportModel, templates: MarkdownTemplates): string {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const compile = (name: string, text: string) => {
    try {
      return hb.compile(text, { noEscape: true, strict: false, preventIndent: true });
    } catch (error) {
      throw new TemplateError(name, (error as Error).message, { cause: error });
    }
  };
  for (const [name, text] of Object.entries(templates.partials)) hb.registerPartial(name, compile(name, text));
  const main = compile(templates.main.name, templates.main.text);
  let out: string;
  try {
    out = main(buildReportView(model), { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    throw new TemplateError(templates.main.name, (error as Error).message, { cause: error });
  }
  // One newline at the end, no trailing spaces, at most one blank line in a row: stable, tidy diffs.
  return `${out
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
