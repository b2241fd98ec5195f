import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { RegisterCommand } from './index.js';

export const registerSchema: RegisterCommand = (program: Command, context) => {
  program
    .command('schema')
    .description('Ghi các JSON Schema sinh ra từ kế hoạch (write the JSON Schemas generated from the plan)')
    .option('--plan <file>', 'tệp kế hoạch')
    .option('--out <dir>', 'thư mục ghi', 'schemas')
    .action(async (opts: { plan?: string; out: string }) => {
      const ctx = context();
      const [{ generateSchemas }, { writeFileAtomic }, plan] = await Promise.all([
        import('../../core/schemas.js'),
        import('../../io/atomic-write.js'),
        ctx.plan(opts.plan),
      ]);
      const dir = resolve(ctx.io.cwd, opts.out);
      for (const [name, text] of generateSchemas(plan)) {
        const file = resolve(dir, name);
        writeFileAtomic(file, text);
        ctx.io.stdout(`${ctx.ui.wrote(file)}\n`);
      }
    });
};
