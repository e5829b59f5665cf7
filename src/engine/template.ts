/** Fills 「{{name}}」 placeholders of a message template. */
export function fillTemplate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
