export type Severity = 'error' | 'warning';

/** A data problem a check found, addressed so that the user can go straight to the cell. */
export interface Problem {
  sheet: string;
  /** 1-based sheet row, or null for a whole-sheet problem. */
  row: number | null;
  /** Column title as the user sees it, or null. */
  column: string | null;
  value: string;
  message: string;
  severity: Severity;
}

export function problemText(problem: Problem): string {
  const place = [
    problem.sheet,
    problem.row ? `строка ${problem.row}` : '',
    problem.column ? `столбец «${problem.column}»` : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
  return `${place}: ${problem.message}`;
}
