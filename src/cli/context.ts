import { Chalk, type ChalkInstance } from 'chalk';
import type { PlanModel } from '../core/plan.js';
import type { Registry } from '../core/units.js';
import { CliError } from '../core/errors.js';
import { languages, type Lang } from '../i18n/lang.js';
import { ui } from '../i18n/ui.js';
import { loadSettings, type Settings } from '../io/config.js';
import { loadPlanFile, loadRegistryFile } from '../io/load-setup.js';

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
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** What every command gets: the global options resolved, and plan, registry and settings loaded once, on demand. */
export class Context {
  readonly lang: Lang;
  readonly color: ChalkInstance;
  readonly verbose: boolean;
  private cachedSettings?: Settings;
  private cachedPlan?: PlanModel;
  private cachedRegistry?: Registry;

  constructor(readonly options: GlobalOptions, readonly io: Io) {
    if (!(languages as readonly string[]).includes(options.lang)) {
      throw new CliError(`--lang phải là một trong: ${languages.join(', ')} (nhận được "${options.lang}").`);
    }
    this.lang = options.lang as Lang;
    this.verbose = options.verbose ?? false;
    const colour = options.color && io.isTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.FORCE_COLOR !== '0';
    this.color = new Chalk({ level: colour ? 1 : 0 });
  }

  get ui() {
    return ui[this.lang];
  }

  settings(): Settings {
    this.cachedSettings ??= loadSettings({ config: this.options.config, cwd: this.io.cwd });
    return this.cachedSettings;
  }

  plan(planFlag?: string): PlanModel {
    if (planFlag) return loadPlanFile(planFlag);
    this.cachedPlan ??= loadPlanFile(this.settings().planFile);
    return this.cachedPlan;
  }

  registry(unitsFlag?: string): Registry {
    const file = unitsFlag ?? this.settings().unitsFile;
    if (!file) throw new CliError(this.ui.noUnits);
    this.cachedRegistry ??= loadRegistryFile(file, this.plan());
    return this.cachedRegistry;
  }
}
