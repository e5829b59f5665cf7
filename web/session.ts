/**
 * One document being proofread in the page: its text, the findings on it, undo history, the
 * findings ignored for this document and the words allowed. Fixes are applied with the
 * engine's own fixer, so "all safe fixes" gives what `gongwen-lint --fix` gives.
 */
import { applyFixes, fixUntilStable } from '../src/engine/fixer.js';
import type { Fix, LintMessage } from '../src/types.js';
import type { OpenedFile } from '../src/web/protocol.js';
import { lintRemote } from './server-api.js';

export type PageDocument = OpenedFile;

/** The fix accepting a finding applies: its safe fix, else its first suggestion. */
export const fixOf = (message: LintMessage): Fix | undefined => message.fix ?? message.suggestions?.[0]?.fix;

const CONTEXT = 8;
const unchanged = async (text: string) => text;

export class Session {
  doc: PageDocument | undefined;
  config = '';
  readonly allow: string[] = [];
  /** Findings on the current text, the ignored ones left out. */
  findings: LintMessage[] = [];
  private messages: LintMessage[] = [];
  /** A finding is known by its rule, its text and what surrounds it, so that it stays ignored when text elsewhere changes. */
  private readonly ignored = new Set<string>();
  private readonly history: string[] = [];
  busy = false;

  constructor(private readonly changed: () => void) {}

  get canUndo(): boolean {
    return this.history.length > 0;
  }

  get ignoredCount(): number {
    return this.messages.length - this.findings.length;
  }

  open(doc: PageDocument): Promise<void> {
    if (this.busy) return Promise.reject(new Error('正在检查上一份文本，请稍候再打开'));
    this.doc = doc;
    this.history.length = 0;
    this.ignored.clear();
    return this.run(unchanged);
  }

  /** Lints again after a change of config or allow list. */
  refresh(): Promise<void> {
    return this.run(unchanged);
  }

  accept(message: LintMessage, fix = fixOf(message)): Promise<void> {
    return this.run(async (text) => (fix ? applyFixes(text, [fix]).output : text));
  }

  /** Every finding of one rule, in one pass (fixes that overlap wait for the next accept). */
  acceptRule(ruleId: string): Promise<void> {
    const fixes = this.findings.filter((m) => m.ruleId === ruleId).flatMap((m) => fixOf(m) ?? []);
    return this.run(async (text) => applyFixes(text, fixes).output);
  }

  /** Safe fixes until stable, as `--fix` does, leaving out the findings ignored here. */
  acceptAllSafe(): Promise<void> {
    return this.run(async (text) => {
      let current = text;
      const lint = (next: string) => ((current = next), lintRemote(this.request(next)));
      return (await fixUntilStable(text, lint, (m) => !this.ignored.has(this.keyOf(m, current)))).output;
    });
  }

  undo(): Promise<void> {
    const previous = this.busy ? undefined : this.history.pop();
    if (previous === undefined || !this.doc) return Promise.resolve();
    this.doc.text = previous;
    return this.run(unchanged);
  }

  ignore(message: LintMessage): void {
    if (!this.doc) return;
    this.ignored.add(this.keyOf(message, this.doc.text));
    this.filter();
  }

  restoreIgnored(): void {
    this.ignored.clear();
    this.filter();
  }

  allowWord(word: string): Promise<void> {
    if (word && !this.allow.includes(word)) this.allow.push(word);
    return this.refresh();
  }

  disallowWord(word: string): Promise<void> {
    const index = this.allow.indexOf(word);
    if (index >= 0) this.allow.splice(index, 1);
    return this.refresh();
  }

  /**
   * Runs an edit (text → new text; the same text for none) and lints the result. One at a time:
   * an action while another runs is dropped, as its finding may be gone.
   */
  private async run(edit: (text: string) => Promise<string>): Promise<void> {
    if (this.busy || !this.doc) return;
    this.busy = true;
    this.changed();
    try {
      const text = this.doc.text;
      const next = await edit(text);
      if (next !== text) {
        this.history.push(text);
        this.doc.text = next;
      }
      this.messages = await lintRemote(this.request(next));
      this.filter();
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  private request(text: string) {
    return { text, name: this.doc?.name ?? '', config: this.config, allow: this.allow };
  }

  private filter(): void {
    const text = this.doc?.text ?? '';
    this.findings = this.messages.filter((m) => !this.ignored.has(this.keyOf(m, text)));
    this.changed();
  }

  private keyOf(message: LintMessage, text: string): string {
    const [start, end] = message.range;
    return [message.ruleId, message.messageId, text.slice(Math.max(0, start - CONTEXT), start), message.actual, text.slice(end, end + CONTEXT)].join('\u0000');
  }
}
