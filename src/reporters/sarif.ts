import { pathToFileURL } from 'node:url';
import { HOMEPAGE } from '../engine/urls.js';
import type { LintMessage, Severity } from '../types.js';
import { columnsOf, relativePath } from './positions.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 (GitHub code scanning and other viewers). Regions count UTF-16 code units
 * (run.columnKind), file URIs are relative to %SRCROOT%, the working directory.
 */
export const sarif: Reporter = (results, { cwd }) => {
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  const indexOf = (m: LintMessage) => {
    if (!ruleIndex.has(m.ruleId)) {
      ruleIndex.set(m.ruleId, rules.length);
      rules.push({ id: m.ruleId, ...(m.url ? { helpUri: m.url } : {}) });
    }
    return ruleIndex.get(m.ruleId)!;
  };
  const sarifResults = results.flatMap((result) => {
    const columns = columnsOf(result);
    const uri = encodeURI(relativePath(result.filePath, cwd));
    const region = ([start, end]: readonly [number, number]) => ({
      startLine: columns.line(start),
      startColumn: columns.utf16(start),
      endLine: columns.line(end),
      endColumn: columns.utf16(end),
    });
    const location = { uri, uriBaseId: '%SRCROOT%' };
    return result.messages.map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: indexOf(m),
      level: LEVEL[m.severity],
      message: { text: m.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(m.range) } }],
      ...(m.fix
        ? { fixes: [{ description: { text: m.message }, artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: region(m.fix.range), insertedContent: { text: m.fix.text } }] }] }] }
        : {}),
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'gongwen-lint', informationUri: HOMEPAGE, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
