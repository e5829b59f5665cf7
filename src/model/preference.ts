import type { ProofreadingModel } from './model.js';

/**
 * How much the model prefers `alternative` to the `written` character at `text[at]`, in nats:
 * the log-probability of the characters whose context includes `at` (the character itself and
 * the order − 1 after it) with the alternative, minus the same with what is written. Positive:
 * the alternative reads better. Only a window around `at` is encoded.
 */
export function preference(model: ProofreadingModel, text: string, at: number, alternative: string): number {
  const from = Math.max(0, at - (model.order - 1));
  const to = Math.min(text.length, at + model.order);
  const window = text.slice(from, to);
  const local = at - from;
  const score = (char: string) => {
    const ids = model.encode(window.slice(0, local) + char + window.slice(local + 1));
    return model.logProbSpan(ids, local, window.length);
  };
  return score(alternative) - score(text[at]);
}
