import type { LintResult } from '../types.js';

export interface ReporterOptions {
  /** Colours on (a TTY without NO_COLOR, or --color). */
  color: boolean;
  /** Paths are shown relative to this folder. */
  cwd: string;
}

/** A reporter is a pure function from results to the text to print. */
export type Reporter = (results: readonly LintResult[], options: ReporterOptions) => string;
