/**
 * What a use case tells its user when it ends. Hosts render it: an Apps Script dialog or toast,
 * the CLI's output, a sidebar panel. Plain JSON so it can cross `google.script.run`.
 */
export interface Outcome {
  /** `paused`: the time budget ran out; a continuation was saved and will finish the work. */
  status: 'done' | 'paused' | 'nothing-to-do';
  title: string;
  /** Short lines in the user's language: counts, what was written where, what to do next. */
  lines: string[];
  /** Machine-readable figures for sidebars and tests (counts, ids). */
  figures?: Record<string, number | string>;
}

export function outcome(title: string, lines: string[], figures?: Outcome['figures']): Outcome {
  return { status: 'done', title, lines, figures };
}
