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
