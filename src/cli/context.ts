import type { ChalkInstance } from 'chalk';
import type { PlanModel } from '../core/plan.js';
import type { Registry } from '../core/units.js';
import type { Settings } from '../io/config.js';
import { CliError } from '../core/errors.js';
import { languages, type Lang } from '../i18n/lang.js';
import { ui } from '../i18n/ui.js';

export interface GlobalOptions {
  config?: string;
  lang: string;
  color: boolean;
  verbose?: boolean;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** The terminal's width, when stdout is one. */
  columns?: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * What every command gets: the global options resolved, and plan, registry and settings loaded once,
 * on demand. Loading is asynchronous because the modules behind it (yaml, ajv, chalk) are imported
 * only when a command needs them: `danvan --version` and `--help` stay as fast as node itself.
 */
export class Context {
  readonly lang: Lang;
  readonly verbose: boolean;
  readonly colour: boolean;
  private cachedColor?: ChalkInstance;
  private cachedSettings?: Promise<Settings>;
  /** By the `--plan` file given ('' for the configured one), so a command asking twice gets one model. */
  private readonly cachedPlans = new Map<string, Promise<PlanModel>>();
  private cachedRegistry?: Promise<Registry>;

  constructor(
    readonly options: GlobalOptions,
    readonly io: Io,
  ) {
    if (!(languages as readonly string[]).includes(options.lang)) {
      throw new CliError(`--lang phải là một trong: ${languages.join(', ')} (nhận được "${options.lang}").`);
    }
    this.lang = options.lang as Lang;
    this.verbose = options.verbose ?? false;
    const noColor = 'NO_COLOR' in io.env && io.env.NO_COLOR !== '';
    this.colour = options.color && io.isTTY && !noColor && io.env.FORCE_COLOR !== '0';
  }

  get ui() {
    return ui[this.lang];
  }

  /** A Chalk instance that colours only on a terminal, never with NO_COLOR or --no-color. */
  async color(): Promise<ChalkInstance> {
    if (!this.cachedColor) {
      if (this.colour) {
        const { Chalk } = await import('chalk');
        this.cachedColor = new Chalk({ level: 1 });
      } else {
        this.cachedColor = (await import('./plain-color.js')).plainColor();
      }
    }
    return this.cachedColor;
  }

  settings(): Promise<Settings> {
    this.cachedSettings ??= import('../io/config.js').then((m) =>
      m.readSettings({ config: this.options.config, cwd: this.io.cwd }),
    );
    return this.cachedSettings;
  }

  /**
   * The plan of `--plan <file>` when given, else the configured plan, else the embedded 394-KH/BDVQU.
   * What the build precompiled is loaded first: the shipped plan's data, and the plan schema's
   * validator for another plan file — compiling a schema instead costs ~300 ms. (The submission
   * schema's validator is loaded where submissions are checked: collectSubmissions.)
   */
  plan(planFlag?: string): Promise<PlanModel> {
    const key = planFlag ?? '';
    let plan = this.cachedPlans.get(key);
    if (!plan) {
      plan = (async () => {
        const [file, m, p, { defaultPlanFile }] = await Promise.all([
          planFlag ?? this.settings().then((s) => s.planFile),
          import('../io/load-setup.js'),
          import('../core/plan.js'),
          import('../io/package-files.js'),
        ]);
        await p.loadPlanPrecompiled({ shipped: file === defaultPlanFile });
        return m.loadPlanFile(file);
      })();
      this.cachedPlans.set(key, plan);
    }
    return plan;
  }

  registry(unitsFlag?: string, planFlag?: string): Promise<Registry> {
    this.cachedRegistry ??= (async () => {
      const file = unitsFlag ?? (await this.settings()).unitsFile;
      if (!file) throw new CliError(this.ui.noUnits);
      const [plan, m, { loadRegistryValidator }] = await Promise.all([
        this.plan(planFlag),
        import('../io/load-setup.js'),
        import('../core/units.js'),
      ]);
      await loadRegistryValidator(plan);
      return m.loadRegistryFile(file, plan);
    })();
    return this.cachedRegistry;
  }
}
