import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configSchema, type Config, type Organisation } from '../core/config-schema.js';
import { SetupError } from '../core/errors.js';
import { compileValidator, loadPrecompiled } from '../core/precompiled/validators.js';
import { parseSetupFile } from '../core/setup-file.js';
import { defaultPlanFile } from './package-files.js';
import { readText } from './read-text.js';

export const CONFIG_NAME = 'danvan.config.yaml';

/** Where everything is, with paths made absolute. Flags override the config file. */
export interface Settings {
  configFile?: string;
  planFile: string;
  unitsFile?: string;
  submissionsDir?: string;
  outDir?: string;
  /** 'submitted' turns receipt dates from git off (see ReceiptRule); default 'git'. */
  receiptDates: 'git' | 'submitted';
  /** The secretariat's notes per period (notes/2020-04.yaml). */
  notesDir: string;
  organisation: Organisation;
}

export function findConfig(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

type SettingsOptions = { config?: string; cwd?: string };

/** The settings of `--config`, else of the nearest danvan.config.yaml; the config schema's precompiled validator is loaded first. */
export async function readSettings(options: SettingsOptions): Promise<Settings> {
  const cwd = options.cwd ?? process.cwd();
  const configFile = options.config ? resolve(cwd, options.config) : findConfig(cwd);
  if (configFile) await loadPrecompiled([configSchema]);
  return settingsFrom(configFile, cwd);
}

function settingsFrom(configFile: string | undefined, cwd: string): Settings {
  if (!configFile)
    return { planFile: defaultPlanFile, receiptDates: 'git', notesDir: resolve(cwd, 'notes'), organisation: {} };
  const parsed = parseSetupFile<Config>(
    readText(configFile, 'tệp cấu hình'),
    configFile,
    compileValidator(configSchema),
  );
  if (!parsed.data) throw new SetupError(configFile, parsed.diagnostics);
  const config = parsed.data ?? {};
  const base = dirname(configFile);
  const at = (p: string | undefined) => (p === undefined ? undefined : resolve(base, p));
  return {
    configFile,
    planFile: at(config.plan) ?? defaultPlanFile,
    unitsFile: at(config.units),
    submissionsDir: at(config.submissions),
    outDir: at(config.out),
    receiptDates: config.receipt_dates ?? 'git',
    notesDir: at(config.notes) ?? resolve(base, 'notes'),
    organisation: config.organisation ?? {},
  };
}
