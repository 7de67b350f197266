import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import { applyEvidence, AUTO_MARK } from '../../../src/core/program/roadmap-evidence';

const NOW = new Date(2027, 4, 20);
const roadmap = (): Grid => [
  ['№', 'Мероприятие', 'Результат / вид документа', 'Статус', 'Отметка о выполнении'],
  [1, 'Формирование наставнических пар (групп) и их утверждение', 'Приказ', 'запланировано', null],
  [2, 'Входное анкетирование участников', 'Ответы', 'запланировано', null],
  [3, 'Выходное анкетирование участников', 'Ответы', 'не выполнено', null],
  [4, 'Адаптация молодых педагогов', 'Индивидуальные планы', null, null],
  [5, 'Аналитический отчёт о реализации программы наставничества', 'Отчёт', null, 'сдан директору'],
];

describe('roadmap evidence', () => {
  it('marks done only the events the tool has evidence of, and only where the status is the default', () => {
    const update = applyEvidence(roadmap(), { pairs: true, entrySurvey: true, exitSurvey: true, report: true }, NOW);
    expect(update?.rows).toEqual([1, 2, 5]);
    const grid = update?.grid as Grid;
    expect(grid[1][3]).toBe('выполнено');
    expect(String(grid[1][4])).toBe(`${AUTO_MARK} 20.05.2027: пары в «Парах»`);
    // the methodist's own status wins
    expect(grid[3][3]).toBe('не выполнено');
    // a result naming plans does not close an event of pair work
    expect(grid[4][3]).toBeNull();
    // the methodist's own mark stays
    expect(grid[5][3]).toBe('выполнено');
    expect(grid[5][4]).toBe('сдан директору');
  });

  it('changes nothing without evidence', () => {
    expect(applyEvidence(roadmap(), {}, NOW)).toBeNull();
  });
});
