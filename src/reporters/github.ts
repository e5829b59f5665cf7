import type { Severity } from '../types.js';
import { relativePath } from './positions.js';
import type { Reporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

/** GitHub Actions workflow commands: annotations on the pull request's changed lines. */
export const github: Reporter = (results, { cwd }) =>
  results
    .flatMap((result) =>
      result.messages.map((m) => {
        const properties = [
          `file=${escapeProperty(relativePath(result.filePath, cwd))}`,
          `line=${m.line}`,
          `col=${m.column}`,
          `endLine=${m.endLine}`,
          `endColumn=${m.endColumn}`,
          `title=${escapeProperty(`gongwen-lint(${m.ruleId})`)}`,
        ];
        return `::${COMMAND[m.severity]} ${properties.join(',')}::${escapeData(m.message)}\n`;
      }),
    )
    .join('');

/** As @actions/core escapes a command's message. */
export const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** As @actions/core escapes a property value: also ':' and ','. */
export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
