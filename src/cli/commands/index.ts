import type { Command } from 'commander';
import type { Context } from '../context.js';
import { registerForm } from './form.js';
import { registerInit } from './init.js';
import { registerPlan } from './plan.js';
import { registerReport } from './report.js';
import { registerSchema } from './schema.js';
import { registerStatus } from './status.js';
import { registerUnits } from './units.js';
import { registerValidate } from './validate.js';

/**
 * Registers one command; `setExitCode` raises the process's exit code (the highest wins).
 * Command modules import only commander and types at the top, and load their implementation inside
 * the action with `await import(…)`, so start-up pays only for the command that runs.
 */
export type RegisterCommand = (program: Command, context: () => Context, setExitCode: (code: number) => void) => void;

export const commands: readonly RegisterCommand[] = [
  registerPlan,
  registerUnits,
  registerSchema,
  registerInit,
  registerForm,
  registerStatus,
  registerValidate,
  registerReport,
];
