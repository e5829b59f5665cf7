/** Where each rule's documentation lives (generated from the rule's meta by `npm run docs`). */
export const HOMEPAGE = 'https://github.com/gongwen-lint/gongwen-lint';

export function ruleUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules/${ruleId}.md`;
}
