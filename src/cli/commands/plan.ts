import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

export const registerPlan: RegisterCommand = (program: Command, context) => {
  program
    .command('plan')
    .description("In các nhóm, nhiệm vụ và chỉ tiêu của kế hoạch (print the plan's tasks and indicators)")
    .option('--plan <file>', 'tệp kế hoạch (mặc định: theo cấu hình, hoặc Kế hoạch 394-KH/BDVQU có sẵn)')
    .option('--format <format>', 'text | json', 'text')
    .action(async (opts: { plan?: string; format: string }) => {
      const ctx = context();
      const plan = await ctx.plan(opts.plan);
      if (opts.format === 'json') {
        ctx.io.stdout(`${JSON.stringify(plan.data, null, 2)}\n`);
      } else {
        const { renderPlan } = await import('../../render/plan-table.js');
        ctx.io.stdout(renderPlan(plan, ctx.lang));
      }
    });
};
