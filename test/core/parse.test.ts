import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerKey, personKey, splitTags, textKey } from '../../src/core/text/normalize';
import { parseDate, parseEmail, parseNumber } from '../../src/core/text/parse';

describe('normalization', () => {
  it('matches headers users write differently', () => {
    expect(headerKey('Ф.И.О.')).toBe(headerKey('ФИО'));
    expect(headerKey(' E-mail ')).toBe(headerKey('Email'));
    expect(headerKey('Эл. почта')).toBe('эл почта');
    expect(headerKey('Стаж (лет)')).toBe('стаж лет');
  });

  it("treats every kind of dash alike, so «учитель - учитель» is the catalogue's «учитель – учитель»", () => {
    expect(textKey('учитель - учитель')).toBe(textKey('учитель – учитель'));
    expect(textKey('учитель—учитель ')).toBe(textKey('учитель -учитель'));
    expect(textKey('Римский-Корсаков')).toBe(textKey('римский‐корсаков'));
  });

  it('identifies a person regardless of case, ё/е, spaces and word order', () => {
    expect(personKey('  Семёнова   Алёна Петровна')).toBe(personKey('алена петровна СЕМЕНОВА'));
  });

  it('splits tag lists on ; , and line breaks without repeats', () => {
    expect(splitTags('ИКТ; классное руководство, икт\nоценивание')).toEqual([
      'ИКТ',
      'классное руководство',
      'оценивание',
    ]);
  });
});

describe('cell parsing', () => {
  it('reads dates from text, cells and serials, and rejects impossible ones', () => {
    expect(parseDate('01.09.2026')).toEqual({ ok: true, value: new Date(2026, 8, 1) });
    expect(parseDate('1.9.26')).toEqual({ ok: true, value: new Date(2026, 8, 1) });
    expect(parseDate('2026-09-01')).toEqual({ ok: true, value: new Date(2026, 8, 1) });
    expect(parseDate(46266)).toEqual({ ok: true, value: new Date(2026, 8, 1) });
    expect(parseDate('31.02.2026').ok).toBe(false);
    expect(parseDate('завтра').ok).toBe(false);
  });

  it('reads numbers with a decimal comma and a unit word', () => {
    expect(parseNumber('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('3 года')).toEqual({ ok: true, value: 3 });
    expect(parseNumber('много').ok).toBe(false);
  });

  it('lowercases e-mails and rejects malformed ones', () => {
    expect(parseEmail(' Anna@School.RU ')).toEqual({ ok: true, value: 'anna@school.ru' });
    expect(parseEmail('anna@').ok).toBe(false);
    expect(parseEmail('anna school@x.ru').ok).toBe(false);
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.date({ noInvalidDate: false })),
        (cell) => {
          parseDate(cell);
          parseNumber(cell);
          parseEmail(cell);
        },
      ),
    );
  });
});
