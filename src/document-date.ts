import type { Settings } from './engine/rule.js';

/**
 * A year written as 「2023年」「２０２３年」「二〇二三年」 (four digits, 1900–2099), not a target
 * (「到2035年」「至2025年」).
 */
const YEAR = /(?<![到至0-9０-９〇○零一二三四五六七八九])([0-9０-９〇○零一二三四五六七八九]{4})\s*年/g;
const HAN_DIGITS = ['〇○零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function yearNumber(written: string): number {
  const digit = (c: string) => {
    const han = HAN_DIGITS.findIndex((forms) => forms.includes(c));
    return han >= 0 ? han : Number(c.normalize('NFKC'));
  };
  return [...written].reduce((year, c) => year * 10 + digit(c), 0);
}

/**
 * The year a document speaks from, for rules whose judgement depends on dates (formulations
 * valid only from or until some year): `settings.documentDate` when configured, else the
 * latest year the document mentions, leaving out target years (「到2035年」), years still to
 * come, and, when some year is mentioned twice, years mentioned only once (a 1984 report
 * names 「1997年」 once, for Hong Kong's return). Undefined when neither says.
 */
export function documentYear(settings: Readonly<Settings>, texts: Iterable<string>): number | undefined {
  const configured = settings.documentDate;
  if (configured !== undefined) return Number(String(configured).slice(0, 4));
  const thisYear = new Date().getFullYear();
  const mentions = new Map<number, number>();
  for (const text of texts) {
    for (const match of text.matchAll(YEAR)) {
      const year = yearNumber(match[1]);
      if (year >= 1900 && year <= thisYear) mentions.set(year, (mentions.get(year) ?? 0) + 1);
    }
  }
  if (mentions.size === 0) return undefined;
  const repeated = [...mentions].filter(([, count]) => count >= 2).map(([year]) => year);
  return Math.max(...(repeated.length > 0 ? repeated : mentions.keys()));
}

let lastFile: { settings: Readonly<Settings>; text: string; year: number | undefined } | undefined;

/**
 * documentYear of a whole file, scanned once although each dictionary rule asks for it (six
 * scans of a long file were ≈ 10 % of the default lint's time).
 */
export function fileYear(settings: Readonly<Settings>, fileText: string): number | undefined {
  if (lastFile?.settings !== settings || lastFile.text !== fileText) {
    lastFile = { settings, text: fileText, year: documentYear(settings, [fileText]) };
  }
  return lastFile.year;
}

/** The year of a validity bound written as 2016, "2016" or "2016-07-01". */
function yearOf(bound: unknown): number | undefined {
  if (bound === undefined || bound === null || bound === '') return undefined;
  const year = Number(String(bound).slice(0, 4));
  return Number.isFinite(year) ? year : undefined;
}

/**
 * Whether a dictionary entry with optional `validFrom` / `validUntil` applies to a document of
 * `year`. The bounds are years (or dates, of which only the year counts): from inclusive, until
 * exclusive. A document of unknown year is taken to be current.
 */
export function appliesInYear(entry: { readonly [field: string]: unknown }, year: number | undefined): boolean {
  const from = yearOf(entry.validFrom);
  const until = yearOf(entry.validUntil);
  if (year === undefined) return until === undefined;
  return (from === undefined || year >= from) && (until === undefined || year < until);
}
