import type { Grid } from '../cell';
import { readPairRegister } from '../pairs/read-register';

export interface RegisterPair {
  pairId: string;
  groupId: string;
  mentorId: string;
  menteeId: string;
  form: string;
  /** A blank status counts as active: the curator has not closed the pair. */
  active: boolean;
  completed?: boolean;
}

/** The links of the register «Пары» that name both a mentor and a mentee by id. */
export function readRegister(grid: Grid | null): RegisterPair[] {
  return readPairRegister(grid)
    .filter((pair) => pair.mentorId !== '' && pair.menteeId !== '')
    .map((pair) => ({
      pairId: pair.pairId,
      groupId: pair.groupId,
      mentorId: pair.mentorId,
      menteeId: pair.menteeId,
      form: pair.form,
      active: pair.status === 'активна',
      completed: pair.status === 'завершена',
    }));
}
