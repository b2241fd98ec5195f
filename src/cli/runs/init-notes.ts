import { dirname, join, resolve } from 'node:path';
import { buildNotesTemplate } from '../../core/notes/notes-template.js';
import { parsePeriod } from '../../core/period.js';
import { notesUi } from '../../i18n/notes-ui.js';
import { initError } from './init-error.js';
import { findSubmissionSchema, schemaReference, writeNewFile } from '../../io/init-output.js';
import type { Context } from '../context.js';
import { shownFile } from '../shown-file.js';

/** `danvan init --notes --period P`: the skeleton of the secretariat's notes for period P, in the notes folder. */
export async function initNotes(ctx: Context, opts: { period: string; out?: string; force: boolean }): Promise<void> {
  const t = notesUi[ctx.lang];
  const cwd = ctx.io.cwd;
  const shown = (file: string) => shownFile(cwd, file);
  if (!parsePeriod(opts.period)) throw initError({ code: 'notes-bad-period', period: opts.period }, ctx.lang);
  const settings = await ctx.settings();
  const target = opts.out !== undefined ? resolve(cwd, opts.out) : join(settings.notesDir, `${opts.period}.yaml`);
  const schema = schemaReference(dirname(target), findSubmissionSchema(settings, 'notes.schema.json'));
  const outcome = writeNewFile(target, buildNotesTemplate(opts.period, schema), opts.force);
  if (outcome === 'exists') throw initError({ code: 'notes-exists', file: shown(target) }, ctx.lang);
  ctx.io.stdout(`${outcome === 'overwritten' ? t.overwritten(shown(target)) : t.created(shown(target))}\n`);
  ctx.io.stdout(`${t.next(shown(target), opts.period)}\n`);
}
