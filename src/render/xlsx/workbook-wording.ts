import * as HandlebarsModule from 'handlebars';
import type { ReportModel } from '../../core/report-model.js';
import { TemplateError } from '../markdown/render-markdown.js';
import { holdableText } from '../xml.js';
import { reportLabels } from '../report-labels.js';
import { monthShort } from '../vi-format.js';

const Handlebars = (HandlebarsModule as unknown as { default?: typeof HandlebarsModule }).default ?? HandlebarsModule;

/** Raw wording: nested objects whose leaves are Handlebars strings (templates/workbook.yaml). */
export type RawWording = { [key: string]: string | RawWording };

/** Looks wording up by path ("sheets.models.columns.name"). */
export type Words = (path: string, extra?: Record<string, unknown>) => string;

/**
 * The secretariat's wording file laid over the default one: only keys the default has are allowed
 * (a misspelt key would otherwise be ignored without a word), and every leaf must be text.
 */
export function mergeWording(defaults: RawWording, custom: unknown, file: string, at = ''): RawWording {
  if (custom === undefined || custom === null) return defaults;
  if (typeof custom !== 'object' || Array.isArray(custom))
    throw new TemplateError(file, `"${at || '(gốc)'}" phải là một nhóm mục (key: value).`);
  const out: RawWording = { ...defaults };
  for (const [key, value] of Object.entries(custom as Record<string, unknown>)) {
    const path = at ? `${at}.${key}` : key;
    const base = Object.hasOwn(defaults, key) ? defaults[key] : undefined;
    if (base === undefined)
      throw new TemplateError(file, `Mục "${path}" không có trong mẫu mặc định (templates/workbook.yaml).`);
    if (typeof base === 'string') {
      if (typeof value !== 'string' && typeof value !== 'number')
        throw new TemplateError(file, `Mục "${path}" phải là một dòng chữ.`);
      out[key] = String(value);
    } else {
      out[key] = mergeWording(base, value, file, path);
    }
  }
  return out;
}

/** The variables every piece of workbook wording can use: plain text, no escaping (cells are text). */
export function wordingContext(model: ReportModel): Record<string, unknown> {
  const o = model.document.organisation;
  const labels = reportLabels(model);
  return {
    plan: {
      number: model.plan.number,
      title: model.plan.title,
      subject: labels.planSubject,
      issuer: model.plan.issuer,
      date: labels.planDate,
      year: model.plan.year,
      deadlineDay: model.plan.deadlineDay,
    },
    period: {
      id: model.period.id,
      label: labels.period,
      kind: model.period.kind,
      months: model.period.months.map(monthShort),
    },
    previous: {
      id: model.comparison.period.id,
      label: labels.previous,
      periodLabel: labels.previousPeriod,
    },
    ytd: { label: labels.ytd },
    organisation: { committee: o.committee ?? '', body: o.body ?? '', party: o.party ?? '', place: o.place ?? '' },
    document: {
      numberLine: labels.numberLine,
      dateLine: labels.dateLine,
      date: labels.date,
    },
  };
}

export function compileWording(raw: RawWording, context: Record<string, unknown>, file: string): Words {
  const hb = Handlebars.create();
  hb.registerHelper('upper', (s: unknown) => (typeof s === 'string' ? s.toLocaleUpperCase('vi') : s));
  hb.registerHelper('cap', (s: unknown) =>
    typeof s === 'string' ? s.charAt(0).toLocaleUpperCase('vi') + s.slice(1) : s,
  );
  const cache = new Map<string, HandlebarsTemplateDelegate>();
  return (path, extra) => {
    let fn = cache.get(path);
    if (!fn) {
      let node: string | RawWording | undefined = raw;
      for (const key of path.split('.'))
        node = typeof node === 'object' && Object.hasOwn(node, key) ? node[key] : undefined;
      if (typeof node !== 'string') throw new TemplateError(file, `Thiếu mục "${path}" trong mẫu chữ của bảng tính.`);
      try {
        fn = hb.compile(node, { noEscape: true });
      } catch (error) {
        throw new TemplateError(file, `Mục "${path}": ${(error as Error).message}`, { cause: error });
      }
      cache.set(path, fn);
    }
    try {
      return fn(extra ? { ...context, ...extra } : context)
        .replace(/[ \t\r\n]+/g, ' ')
        .trim();
    } catch (error) {
      throw new TemplateError(file, `Mục "${path}": ${(error as Error).message}`, { cause: error });
    }
  };
}

/** Header and footer text for Excel: "&" starts a code there, so literal ones are doubled. */
export function headerFooterText(words: Words, path: string): string {
  const PAGE = '\u0001P';
  const PAGES = '\u0001N';
  // Between the page codes, the text is made XML-safe and its ampersands doubled.
  return words(path, { page: PAGE, pages: PAGES })
    .split(/(\u0001[PN])/)
    .map((piece) =>
      piece === PAGE || piece === PAGES ? `&${piece.slice(1)}` : holdableText(piece).replace(/&/g, '&&'),
    )
    .join('');
}
