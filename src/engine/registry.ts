import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Rule } from './rule.js';

/** rules/ beside src/ (source) or dist/rules beside dist/src (built): one rule per file. */
const RULES_DIR = new URL('../../rules/', import.meta.url);

let ids: string[] | undefined;
const loaded = new Map<string, Promise<Rule<object>>>();

/** Every rule id, from the file names; no rule is imported. */
export function ruleIds(): readonly string[] {
  ids ??= readdirSync(fileURLToPath(RULES_DIR))
    .filter((name) => /\.(?:ts|js)$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => name.replace(/\.(?:ts|js)$/, ''))
    .sort();
  return ids;
}

export function isRuleId(id: string): boolean {
  return ruleIds().includes(id);
}

/** Imports a rule once per process. */
export function loadRule(id: string): Promise<Rule<object>> {
  let rule = loaded.get(id);
  if (!rule) {
    const file = readdirSync(fileURLToPath(RULES_DIR)).find((name) => name === `${id}.js` || name === `${id}.ts`);
    if (!file) throw new Error(`rule not found: ${id}`);
    rule = import(new URL(file, RULES_DIR).href).then((module: { default: Rule<object> }) => {
      if (module.default?.meta?.id !== id) throw new Error(`rules/${file} must export default a rule whose meta.id is "${id}"`);
      return module.default;
    });
    loaded.set(id, rule);
  }
  return rule;
}

export function loadAllRules(): Promise<Array<Rule<object>>> {
  return Promise.all(ruleIds().map(loadRule));
}
