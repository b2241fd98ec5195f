import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../../core/file-result.js';
import type { Lang } from '../../i18n/lang.js';
import type { SourceLines } from './code-frame.js';

export interface RenderOptions {
  lang: Lang;
  /** Colours for stylish; a level-0 instance (no colour) for files, pipes and NO_COLOR. */
  color: ChalkInstance;
  /** The lines code frames show, by shown path (see linesForFrames). */
  sources: ReadonlyMap<string, SourceLines>;
  /** danvan's version, named in machine formats. */
  version: string;
  /** Every finding in full, none gathered by kind (stylish). */
  verbose?: boolean;
  /** The terminal's width, for code frames (80 when not known). */
  columns?: number;
  /** What this run could not check: 'registry' when there was no unit list. */
  unchecked?: 'registry';
}

/** A format turns the results into the whole text to print or write; pure, so each is tested on its output. */
export type Formatter = (results: readonly FileResult[], options: RenderOptions) => string;
