import type { Command } from 'commander';
import { resolve } from 'node:path';
import { generateSchemas } from '../../core/schemas.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import type { Context } from '../context.js';

export function registerSchema(program: Command, context: () => Context): void {
  program
    .command('schema')
    .description('Ghi các JSON Schema sinh ra từ kế hoạch (write the JSON Schemas generated from the plan)')
    .option('--out <dir>', 'thư mục ghi', 'schemas')
    .action((opts: { out: string }) => {
      const ctx = context();
      const dir = resolve(ctx.io.cwd, opts.out);
      for (const [name, text] of generateSchemas(ctx.plan())) {
        const file = resolve(dir, name);
        writeFileAtomic(file, text);
        ctx.io.stdout(`${ctx.ui.wrote(file)}\n`);
      }
    });
}
