import { describe, expect, it } from 'vitest';
import { countText, dativeShortName, initialsFirst, longRuDate, periodText } from '../../../src/core/documents/russian';

describe('Russian wording helpers', () => {
  it('writes dates as an order does', () => {
    expect(longRuDate(new Date(2026, 9, 5))).toBe('«5» октября 2026 г.');
    expect(periodText(new Date(2026, 9, 1), new Date(2027, 4, 31))).toBe('с 01.10.2026 по 31.05.2027');
  });

  it('agrees numbers with nouns', () => {
    expect(countText(1, 'пара', 'пары', 'пар')).toBe('1 пара');
    expect(countText(3, 'пара', 'пары', 'пар')).toBe('3 пары');
    expect(countText(11, 'пара', 'пары', 'пар')).toBe('11 пар');
    expect(countText(22, 'пара', 'пары', 'пар')).toBe('22 пары');
    expect(countText(25, 'пара', 'пары', 'пар')).toBe('25 пар');
  });

  it('puts the dative of common surnames and leaves indeclinable ones', () => {
    expect(dativeShortName('Петрова Анна Сергеевна')).toBe('Петровой А. С.');
    expect(dativeShortName('Смирнов Олег Игоревич')).toBe('Смирнову О. И.');
    expect(dativeShortName('Вишневская Ольга Павловна')).toBe('Вишневской О. П.');
    expect(dativeShortName('Трубецкой Пётр Ильич')).toBe('Трубецкому П. И.');
    expect(dativeShortName('Шевчук Ирина Олеговна')).toBe('Шевчук И. О.');
    expect(dativeShortName('Шевчук Игорь Олегович')).toBe('Шевчуку И. О.');
    expect(dativeShortName('Бондаренко Максим Юрьевич')).toBe('Бондаренко М. Ю.');
    expect(dativeShortName('Черных Анна Петровна')).toBe('Черных А. П.');
  });

  it('writes initials first on signature lines', () => {
    expect(initialsFirst('Смирнов Олег Игоревич')).toBe('О. И. Смирнов');
  });
});
