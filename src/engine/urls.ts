/** The project's page (package.json homepage, SARIF and rdjson tool links); each rule's documentation lives under docs/rules/ there (generated from the rule's meta by `npx tsx scripts/docs.ts`) and ships in the package. */
export const HOMEPAGE = 'https://github.com/gongwen-lint/gongwen-lint';

export function ruleUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules/${ruleId}.md`;
}
