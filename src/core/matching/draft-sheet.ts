import { type Cell, cellText, type Grid } from '../cell';
import { mapHeader } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import type { OwnedColumn, OwnedTableSpec } from '../sheet/owned-table';
import { textKey } from '../text/normalize';

/**
 * «Пары (черновик)»: one row per proposed pair or group member. The curator writes a decision in
 * «Решение»: принять (approve with «Утвердить пары»), отклонить (never propose this pair again),
 * закрепить (keep this pair whatever the engine finds; also for a pair typed in by hand with both IDs).
 */
export const DRAFT_SHEET = 'Пары (черновик)';
export const DECISION_ACCEPT = 'принять';
export const DECISION_REJECT = 'отклонить';
export const DECISION_PIN = 'закрепить';
export const DECISIONS = [DECISION_ACCEPT, DECISION_REJECT, DECISION_PIN] as const;
export type Decision = (typeof DECISIONS)[number] | '';

export const DRAFT_COLUMNS: (OwnedColumn & Pick<ColumnSpec, 'note' | 'type' | 'width'>)[] = [
  { key: 'mentorId', header: 'ID наставника', type: 'id', note: 'ID из базы наставников' },
  { key: 'mentorName', header: 'Наставник', type: 'text', width: 220, note: 'ФИО наставника' },
  { key: 'menteeId', header: 'ID наставляемого', type: 'id', note: 'ID из базы наставляемых' },
  { key: 'menteeName', header: 'Наставляемый', type: 'text', width: 220, note: 'ФИО наставляемого' },
  { key: 'form', header: 'Форма', type: 'text', width: 160, note: 'Форма наставничества' },
  {
    key: 'roleModel',
    header: 'Ролевая модель',
    editable: true,
    type: 'text',
    width: 240,
    note: 'Вариант формы из «Справочников», выбранный по признакам модели. Можно заменить: ваш выбор сохраняется при повторном подборе и попадёт в «Пары» и в приказ',
  },
  {
    key: 'roleModelReason',
    header: 'Почему эта модель',
    type: 'text',
    width: 280,
    note: 'Какие признаки модели («Справочники» → «Ролевая модель: признаки») нашлись у наставляемого и наставника',
  },
  {
    key: 'kind',
    header: 'Вид наставничества',
    aliases: ['Вид'],
    editable: true,
    type: 'choice',
    width: 170,
    note: 'Из «Справочников» → «Виды наставничества». Подбор пишет: групповое — для группы, сетевое — наставник из другой организации, флеш-наставничество — пара взаимного выбора после флеш-встреч, иначе вид формы («Форма: вид наставничества»). Ваш выбор сохраняется при повторном подборе и попадёт в «Пары»',
  },
  { key: 'group', header: 'Группа', type: 'text', note: 'В режиме «группы»: общая метка участников одной группы' },
  { key: 'score', header: 'Балл', type: 'int', width: 60, note: 'Сумма баллов по критериям, 0–100' },
  {
    key: 'explanation',
    header: 'Почему эта пара',
    type: 'text',
    width: 420,
    note: 'Баллы по каждому критерию; их сумма равна баллу пары',
  },
  {
    key: 'decision',
    header: 'Решение',
    editable: true,
    type: 'choice',
    width: 110,
    note: 'принять / отклонить / закрепить. Сохраняется при повторном подборе',
  },
  {
    key: 'comment',
    header: 'Комментарий',
    editable: true,
    type: 'text',
    width: 200,
    note: 'Заметки куратора (сохраняются)',
  },
];

export const DRAFT_SPEC: OwnedTableSpec = {
  columns: DRAFT_COLUMNS,
  keyOf: (record) => pairKey(cellText(record.mentorId), cellText(record.menteeId)),
};

export function pairKey(mentorId: string, menteeId: string): string {
  return mentorId === '' || menteeId === '' ? '' : `${mentorId}\u0001${menteeId}`;
}

export interface DraftRow {
  /** 1-based sheet row. */
  row: number;
  mentorId: string;
  menteeId: string;
  decision: Decision;
  /** The decision cell as typed, when it is not one of the three words. */
  unknownDecision: string;
  record: Record<string, Cell>;
}

export function readDraft(grid: Grid | null): DraftRow[] {
  if (!grid || grid.length < 2) return [];
  const map = mapHeader(grid[0], DRAFT_COLUMNS as ColumnSpec[]);
  return grid.slice(1).flatMap((row, i) => {
    const record: Record<string, Cell> = {};
    for (const [key, index] of map.index) record[key] = row[index] ?? null;
    const mentorId = cellText(record.mentorId);
    const menteeId = cellText(record.menteeId);
    if (mentorId === '' && menteeId === '') return [];
    const typed = cellText(record.decision);
    const decision = (DECISIONS.find((d) => d === textKey(typed)) ?? '') as Decision;
    return [{ row: i + 2, mentorId, menteeId, decision, unknownDecision: decision === '' ? typed : '', record }];
  });
}
