import { describe, expect, it } from 'vitest';
import { neededForms } from '../../src/core/bases/participant';
import { basesFromGrids } from '../../src/core/bases/read-bases';
import type { Grid } from '../../src/core/cell';
import { Catalogues } from '../../src/core/catalogues/catalogues';
import { CATALOGUES } from '../../src/core/catalogues/defaults';
import { Settings } from '../../src/core/settings/settings';

const CONSENT = new Date(2026, 8, 1);
const TODAY = new Date(2026, 9, 5);
const OWN = 'учитель – ученик, группа';

/** «Справочники» with the defaults plus two forms of the curator's own (one with a comma in its name). */
function catalogues(): Catalogues {
  const forms = [
    ...(CATALOGUES.find((c) => c.key === 'forms')?.values ?? []),
    'администрация – молодой специалист',
    OWN,
  ];
  return Catalogues.fromSheet([['Формы наставничества'], ...forms.map((form) => [form])]);
}

function mentees(...forms: string[]) {
  const grid: Grid = [
    ['ФИО', 'Категория', 'Организация', 'Дефициты / запрос', 'Желаемая форма', 'Согласие на обработку ПДн (дата)'],
    ...forms.map((form, i) => [`Участник ${i} Тестович`, 'молодой специалист', 'Школа № 1', 'ИКТ', form, CONSENT]),
  ];
  return basesFromGrids({ mentors: null, mentees: grid }, Settings.defaults(), catalogues(), TODAY);
}

describe('«Желаемая форма» is a list of forms', () => {
  it('reads «;», «,» and line breaks; one form stays one form; a known name with a comma is not split', () => {
    const bases = mentees(
      'учитель – учитель; администрация – молодой специалист',
      'Учитель – учитель\nадминистрация – молодой специалист',
      'учитель – учитель, руководитель – заместитель',
      'учитель – учитель',
      OWN,
    );
    expect(bases.mentees.map(neededForms)).toEqual([
      ['учитель – учитель', 'администрация – молодой специалист'],
      ['учитель – учитель', 'администрация – молодой специалист'],
      ['учитель – учитель', 'руководитель – заместитель'],
      ['учитель – учитель'],
      [OWN],
    ]);
    expect(bases.mentees.map((m) => m.wantedForm)).toEqual([
      'учитель – учитель',
      'учитель – учитель',
      'учитель – учитель',
      'учитель – учитель',
      OWN,
    ]);
    expect(bases.problems.filter((p) => p.severity === 'error' && p.sheet === 'Наставляемые')).toEqual([]);
    expect(bases.mentees.every((m) => !m.hasErrors)).toBe(true);
    expect(bases.problems.filter((p) => p.column === 'Желаемая форма')).toEqual([]);
  });

  it('a form not in «Справочники» is an error naming it; the typed value is kept', () => {
    const bases = mentees('учитель – учитель; педагог – космонавт');
    expect(bases.mentees[0].hasErrors).toBe(true);
    expect(neededForms(bases.mentees[0])).toEqual(['учитель – учитель', 'педагог – космонавт']);
    const problem = bases.problems.find((p) => p.column === 'Желаемая форма');
    expect(problem).toMatchObject({ row: 2, severity: 'error', value: 'учитель – учитель; педагог – космонавт' });
    expect(problem?.message).toMatch(/^Нет в «Справочниках»: «педагог – космонавт»/);
  });
});
