import { KINDS_HEADER } from '../catalogues/defaults';
import type { Cell } from '../cell';
import type { KindRow } from '../program/kinds';
import { isTooFew, TOO_FEW_TEXT } from '../program/privacy';
import type { BlockBuilder } from './breakdown';

export const KIND_BREAKDOWN_TITLE = 'Пары и группы по видам наставничества';
export const KIND_HEADER = ['Вид наставничества', 'Пар', 'Групп', 'Наставляемых', 'Наставников'];

/** A head count as a director reads it: 1–2 people are «менее 3 чел.». */
export function headCount(people: number): Cell {
  return isTooFew(people) ? TOO_FEW_TEXT : people;
}

/** The model's kind breakdown (program/kinds.ts) as «Показатели» prints it; nothing when «Пары» names no kind. */
export function kindRows(b: BlockBuilder, kinds: readonly KindRow[]): void {
  if (kinds.length === 0) return;
  b.blank();
  b.title(KIND_BREAKDOWN_TITLE);
  b.header(KIND_HEADER);
  const note = `Действующие и завершённые пары и группы по столбцу «Вид наставничества» листа «Пары» (список видов — «Справочники» → «${KINDS_HEADER}»). Участники команды считаются как люди, команда — как одна пара`;
  for (const row of kinds)
    b.row(
      [row.kind, row.pairs, row.groups, headCount(row.mentees), headCount(row.mentors)],
      [note, null, null, null, null],
    );
}
