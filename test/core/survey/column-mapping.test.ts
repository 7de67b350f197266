import { describe, expect, it } from 'vitest';
import { mapColumns, similarity } from '../../../src/core/survey/column-mapping';
import { DEFAULT_TEMPLATES } from '../../../src/core/survey/templates';

const mentee = DEFAULT_TEMPLATES.find((t) => t.code === 'mentee-monitoring')!;
const codeOf = (roles: ReturnType<typeof mapColumns>['roles'], i: number) => {
  const role = roles[i];
  return role.kind === 'item' ? role.code : role.kind;
};

describe('mapping response columns to template items', () => {
  it('maps reordered columns by title, in either wave wording, and finds the service columns', () => {
    const header = [
      'Отметка времени',
      'Адрес электронной почты',
      'Насколько комфортным было общение с наставником?',
      'Фамилия, имя, отчество',
      'НАСКОЛЬКО ЭФФЕКТИВНОЙ ОКАЗАЛАСЬ ДЛЯ ВАС ПРОГРАММА НАСТАВНИЧЕСТВА?',
    ];
    const { roles } = mapColumns(header, mentee);
    expect(header.map((_, i) => codeOf(roles, i))).toEqual(['timestamp', 'email', 'comfort', 'fio', 'effectiveness']);
  });

  it('maps a renamed question by similarity and reports columns that fit nothing', () => {
    const header = ['Timestamp', 'Насколько полезны были встречи с вашим наставником?', 'Любимый цвет'];
    const { roles, missing } = mapColumns(header, mentee);
    expect(roles[1]).toMatchObject({ kind: 'item', code: 'meetingsUseful', how: 'similar' });
    expect(roles[2]).toEqual({ kind: 'unknown', header: 'Любимый цвет' });
    expect(missing.map((item) => item.code)).toContain('goals');
    expect(missing.map((item) => item.code)).not.toContain('meetingsUseful');
  });

  it('prefers the form item ids the add-on recorded over similarity', () => {
    const header = ['Время создания', 'Совсем другая формулировка'];
    const { roles } = mapColumns(header, mentee, new Map([['Совсем другая формулировка', 'support']]));
    expect(roles[1]).toMatchObject({ kind: 'item', code: 'support', how: 'form-item' });
  });

  it('scores similar titles high and unrelated ones low', () => {
    expect(similarity('Насколько полезными были встречи?', 'Насколько полезны были встречи')).toBeGreaterThan(0.8);
    expect(similarity('Насколько комфортным было общение с наставником?', 'Чего вам не хватило?')).toBeLessThan(0.4);
  });
});

describe('CSV exports', () => {
  it('parses BOM, semicolons, quoted separators, doubled quotes and line breaks', async () => {
    const { parseCsv } = await import('../../../src/core/survey/csv');
    const grid = parseCsv(
      '\uFEFFОтметка времени;Вопрос;"Другой; вопрос"\r\n"01.11.2026 10:00";"да ""конечно""";"две\nстроки"\r\n\r\n',
    );
    expect(grid).toEqual([
      ['Отметка времени', 'Вопрос', 'Другой; вопрос'],
      ['01.11.2026 10:00', 'да "конечно"', 'две\nстроки'],
    ]);
    expect(parseCsv('a,b\n1,')).toEqual([
      ['a', 'b'],
      ['1', null],
    ]);
  });

  it('reads the timestamps of Google, Yandex and Russian exports', async () => {
    const { parseTimestamp } = await import('../../../src/core/survey/response-id');
    expect(parseTimestamp('2026/11/22 1:15:03 PM GMT+3')).toEqual(new Date(2026, 10, 22, 13, 15, 3));
    expect(parseTimestamp('2026-11-22 10:15:03')).toEqual(new Date(2026, 10, 22, 10, 15, 3));
    expect(parseTimestamp('22.11.2026 10:15')).toEqual(new Date(2026, 10, 22, 10, 15, 0));
    expect(parseTimestamp('вчера')).toBeNull();
  });
});
