import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CliError } from '../../core/errors.js';
import { buildNotesTemplate } from '../../core/notes/notes-template.js';
import { parsePeriod } from '../../core/period.js';
import { notesUi } from '../../i18n/notes-ui.js';
import { findSubmissionSchema, schemaReference, writeNewFile } from '../../io/init-output.js';
import type { Context } from '../context.js';

/** `danvan init --notes --period P`: the skeleton of the secretariat's notes for period P, in the notes folder. */
export async function initNotes(ctx: Context, opts: { period: string; out?: string; force: boolean }): Promise<void> {
  const t = notesUi[ctx.lang];
  const cwd = ctx.io.cwd;
  const shown = (file: string) => {
    const rel = relative(cwd, file);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  };
  if (!parsePeriod(opts.period)) throw new CliError(t.badPeriod(opts.period));
  const settings = await ctx.settings();
  const target = opts.out !== undefined ? resolve(cwd, opts.out) : join(settings.notesDir, `${opts.period}.yaml`);
  const schema = schemaReference(dirname(target), findSubmissionSchema(settings, 'notes.schema.json'));
  const outcome = writeNewFile(target, buildNotesTemplate(opts.period, schema), opts.force);
  if (outcome === 'exists') throw new CliError(t.exists(shown(target)), t.existsHint);
  ctx.io.stdout(`${outcome === 'overwritten' ? t.overwritten(shown(target)) : t.created(shown(target))}\n`);
  ctx.io.stdout(`${t.next(shown(target), opts.period)}\n`);
}
