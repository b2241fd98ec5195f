import type { Command } from 'commander';
import type { Context } from '../context.js';
import { renderUnits } from '../../render/plan-table.js';

export function registerUnits(program: Command, context: () => Context): void {
  program
    .command('units')
    .description('In danh sách đơn vị và nhóm nhiệm vụ của từng đơn vị (print the unit registry)')
    .option('--units <file>', 'tệp danh sách đơn vị (units.yaml)')
    .option('--format <format>', 'text | json', 'text')
    .action((opts: { units?: string; format: string }) => {
      const ctx = context();
      const plan = ctx.plan();
      const registry = ctx.registry(opts.units);
      if (opts.format === 'json') {
        const units = registry.units.map((u) => ({ ...u, groups: plan.kinds.get(u.kind)?.groups ?? [] }));
        ctx.io.stdout(`${JSON.stringify(units, null, 2)}\n`);
      } else {
        ctx.io.stdout(renderUnits(plan, registry, ctx.lang));
      }
    });
}
