import { describe, expect, it } from 'vitest';
import { readPairRegister } from '../../src/core/pairs/read-register';

describe('readPairRegister', () => {
  it('reads «Пары» by header names, skips empty rows and normalizes statuses', () => {
    const grid = [
      ['Заметка', 'Статус', 'ID наставляемого', 'ID наставника', 'Форма', 'Дата начала', 'Балл подбора', 'Приказ'],
      ['x', '', 'НЯ-0001', 'НК-0001', 'учитель – учитель', '01.10.2026', 70, '№ 45-о'],
      [null, null, null, null, null, null, null, null],
      ['y', 'Завершено', 'НЯ-0002', 'НК-0001', 'учитель – учитель', new Date(2026, 8, 1), null, null],
      ['z', 'расторгнута', 'НЯ-0003', 'НК-0002', 'учитель – ученик', 'вчера', 'много', null],
    ];
    const pairs = readPairRegister(grid);
    expect(pairs.map((p) => [p.row, p.menteeId, p.status])).toEqual([
      [2, 'НЯ-0001', 'активна'],
      [4, 'НЯ-0002', 'завершена'],
      [5, 'НЯ-0003', 'расторгнута'],
    ]);
    expect(pairs[0]).toMatchObject({ score: 70, orderRef: '№ 45-о', startDate: new Date(2026, 9, 1) });
    expect(pairs[2]).toMatchObject({ score: null, startDate: null });
  });
});
