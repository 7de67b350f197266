import type { Outcome } from '../../core/outcome';

const MARK: Record<Outcome['status'], string> = { done: '✔', paused: '⏸', 'nothing-to-do': '·' };

/** An Outcome as terminal lines: a marked title, then its lines indented. */
export function formatOutcome(result: Outcome): string[] {
  return [`${MARK[result.status] ?? '•'} ${result.title}`, ...result.lines.map((line) => `  ${line}`)];
}
