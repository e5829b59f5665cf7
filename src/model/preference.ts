import type { ProofreadingModel } from './model.js';

/**
 * How much the model prefers `alternative` to the `written` character at `text[at]`, in nats:
 * the log-probability of the characters whose context includes `at` (the character itself and
 * the order − 1 after it) with the alternative, minus the same with what is written. Positive:
 * the alternative reads better. Only a window around `at` is encoded.
 */
export function preference(model: ProofreadingModel, text: string, at: number, alternative: string): number {
  return windowScore(model, text, at, 1, alternative) - windowScore(model, text, at, 1, text[at]);
}

/**
 * How much the model prefers `inserted` written at `at` (before text[at]) to nothing there, in
 * nats, over the same characters of context as `preference`.
 */
export function insertionPreference(model: ProofreadingModel, text: string, at: number, inserted: string): number {
  return windowScore(model, text, at, 0, inserted) - windowScore(model, text, at, 0, '');
}

/** Log-probability of text[at, at + replaced) replaced by `written`, and of the order − 1 characters after it. */
function windowScore(model: ProofreadingModel, text: string, at: number, replaced: number, written: string): number {
  const from = Math.max(0, at - (model.order - 1));
  const to = Math.min(text.length, at + replaced + model.order - 1);
  const window = text.slice(from, at) + written + text.slice(at + replaced, to);
  return model.logProbSpan(model.encode(window), at - from, window.length);
}
