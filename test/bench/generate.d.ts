// Types for the benchmark generator (plain JavaScript, run by node directly), for the tests that import it.

export type MistakeKind = 'string-number' | 'negative' | 'unknown-indicator' | 'tab' | 'duplicate-key' | 'rule';
export const MISTAKE_KINDS: readonly MistakeKind[];
export const GENERATOR_VERSION: number;
export const SIZES: Readonly<Record<'district' | 'city' | 'country' | 'region', { units: number; months: number }>>;
export const DEFAULT_SEED: number;
export const DEFAULT_MISTAKE_SHARE: number;
export const repoRoot: string;
export const defaultPlanFile: string;
export const benchRoot: string;

export interface PlanRuleData {
  id: string;
  left: string;
  operator: '<' | '<=' | '=' | '>=' | '>';
  right: string | number;
  severity: 'error' | 'warning';
  when?: { left: string; operator: '<' | '<=' | '=' | '>=' | '>'; right: string | number };
}
export interface PlanData {
  number: string;
  year: number;
  /** YYYY-MM: no report is expected before it. */
  first_month?: string;
  rules: PlanRuleData[];
  unit_kinds: { id: string; label: string; groups: string[] }[];
  groups: { id: string; tasks: { id: string; indicators: { id: string; unit: string; kind: 'flow' | 'stock' }[] }[] }[];
}
export interface GeneratorPlan {
  data: PlanData;
  wardKind: string;
  hash: string;
}

export interface GeneratedUnit {
  id: string;
  name: string;
  kind: string;
}
export interface Mistake {
  kind: MistakeKind;
  line: number;
  rule?: string;
}
export interface GeneratedFile {
  /** `<YYYY-MM>/<unit>.yaml`, relative to the submissions folder. */
  path: string;
  unit: string;
  month: string;
  text: string;
  mistake: Mistake | null;
  /** Ids of warning rules this valid file breaks on purpose. */
  warnings: string[];
}

export interface SetOptions {
  size?: keyof typeof SIZES;
  /** With `months`, a custom size instead of `size`. */
  units?: number;
  months?: number;
  seed?: number;
  mistakeShare?: number;
  mistakeKinds?: readonly MistakeKind[];
  planFile?: string;
  /** Folder that holds the cached sets (default: <tmp>/danvan-bench/sets). */
  root?: string;
  force?: boolean;
}

export interface Manifest {
  generatorVersion: number;
  plan: string;
  size: string;
  units: number;
  months: string[];
  seed: number;
  mistakeShare: number;
  fileCount: number;
  mistakeCount: number;
  averageLines: number;
  bytes: number;
  files: Omit<GeneratedFile, 'text'>[];
}

export interface GeneratedSet {
  dir: string;
  configFile: string;
  submissionsDir: string;
  manifest: Manifest;
  cached: boolean;
  seconds: number;
}

export function readPlan(file?: string): GeneratorPlan;
export function buildUnits(plan: GeneratorPlan, count: number): GeneratedUnit[];
export function monthsOf(plan: GeneratorPlan, n: number): string[];
export function generateFiles(plan: GeneratorPlan, options?: SetOptions): Generator<GeneratedFile>;
export function renderUnitsFile(plan: GeneratorPlan, units: GeneratedUnit[]): string;
export function renderConfigFile(): string;
export function writeSet(dir: string, plan: GeneratorPlan, options?: SetOptions): Manifest;
export function generateSet(options?: SetOptions): GeneratedSet;
