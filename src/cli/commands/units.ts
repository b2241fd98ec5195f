import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

export const registerUnits: RegisterCommand = (program: Command, context) => {
  program
    .command('units')
    .description('In danh sách đơn vị và nhóm nhiệm vụ của từng đơn vị (print the unit registry)')
    .option('--units <file>', 'tệp danh sách đơn vị (units.yaml)')
    .option('--plan <file>', 'tệp kế hoạch')
    .option('--format <format>', 'text | json', 'text')
    .action(async (opts: { units?: string; plan?: string; format: string }) => {
      const ctx = context();
      const plan = await ctx.plan(opts.plan);
      const registry = await ctx.registry(opts.units, opts.plan);
      if (opts.format === 'json') {
        const units = registry.units.map((u) => ({ ...u, groups: plan.kinds.get(u.kind)?.groups ?? [] }));
        ctx.io.stdout(`${JSON.stringify(units, null, 2)}\n`);
      } else {
        const { renderUnits } = await import('../../render/plan-table.js');
        ctx.io.stdout(renderUnits(plan, registry, ctx.lang));
      }
    });
};
