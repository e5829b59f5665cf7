import type { Reporter } from './types.js';

/** Reporter modules by --format name, imported only when chosen. */
const REPORTERS: Record<string, () => Promise<Reporter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyle,
  rdjson: async () => (await import('./rdjson.js')).rdjson,
};

export const reporterNames = (): string[] => Object.keys(REPORTERS);

export function loadReporter(name: string): Promise<Reporter> | undefined {
  return Object.hasOwn(REPORTERS, name) ? REPORTERS[name]() : undefined;
}
