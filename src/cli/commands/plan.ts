import type { Command } from 'commander';
import type { Context } from '../context.js';
import { renderPlan } from '../../render/plan-table.js';

export function registerPlan(program: Command, context: () => Context): void {
  program
    .command('plan')
    .description('In các nhóm, nhiệm vụ và chỉ tiêu của kế hoạch (print the plan\'s tasks and indicators)')
    .option('--format <format>', 'text | json', 'text')
    .action((opts: { format: string }) => {
      const ctx = context();
      const plan = ctx.plan();
      ctx.io.stdout(opts.format === 'json' ? `${JSON.stringify(plan.data, null, 2)}\n` : renderPlan(plan, ctx.lang));
    });
}
