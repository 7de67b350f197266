import { describe, expect, it } from 'vitest';
import { Catalogues } from '../../../src/core/catalogues/catalogues';
import {
  FORM_STUDENT_STUDENT,
  FORM_TEACHER_STUDENT,
  FORM_TEACHER_TEACHER,
} from '../../../src/core/catalogues/defaults';
import { chooseRoleModel } from '../../../src/core/matching/role-model';
import { mentee, mentor } from './fixtures';

const catalogues = Catalogues.defaults();
const pupil = (deficits: string[]) =>
  mentee('У', { category: 'обучающийся', age: 13, isMinor: true, position: '7 «Б»', deficits });

describe('chooseRoleModel: the role model that fits the pair, from the catalogue’s clues', () => {
  it('gives a pupil who asks for adaptation an adaptation model, not «успевающий – неуспевающий»', () => {
    const choice = chooseRoleModel(catalogues, FORM_STUDENT_STUDENT, pupil(['адаптация в коллективе']));
    expect(choice.model).toBe('адаптированный – неадаптированный');
    expect(choice.reason).toContain('«адаптация в коллективе»');
  });

  it('reads the teacher form’s request: motivation → неуспевающий, olympiad work → одарённый', () => {
    expect(
      chooseRoleModel(catalogues, FORM_TEACHER_STUDENT, pupil(['учебная мотивация', 'функциональная грамотность']))
        .model,
    ).toBe('учитель – неуспевающий ученик');
    expect(
      chooseRoleModel(
        catalogues,
        FORM_TEACHER_STUDENT,
        pupil(['исследовательская деятельность', 'проектная деятельность']),
      ).model,
    ).toBe('учитель – одарённый ученик');
    expect(chooseRoleModel(catalogues, FORM_TEACHER_STUDENT, pupil(['инклюзивное образование (ОВЗ)'])).model).toBe(
      'учитель – ребёнок с ОВЗ / ребёнок-инвалид',
    );
  });

  it('never calls a teacher with 15 years a young specialist', () => {
    const experienced = mentee('П', { category: 'педагог', experienceYears: 15, deficits: ['методика урока'] });
    const choice = chooseRoleModel(catalogues, FORM_TEACHER_TEACHER, experienced, mentor('Н'));
    expect(choice.model).not.toMatch(/молодой специалист/);
  });

  it('gives a young teacher who asks about class leadership the class-teacher model, and uses the mentor’s profile', () => {
    const young = mentee('М', { experienceYears: 1, deficits: ['работа с родителями'] });
    const classTeacher = mentor('Н', { competencies: ['классное руководство'] });
    const choice = chooseRoleModel(catalogues, FORM_TEACHER_TEACHER, young, classTeacher);
    expect(choice.model).toBe('опытный классный руководитель – молодой специалист');
    expect(choice.reason).toContain('у наставника «классное руководство»');
    expect(choice.reason).toContain('стаж 1 (стаж до 3)');
  });

  it('says so when no clue is found, and when the form has no models', () => {
    const none = chooseRoleModel(catalogues, FORM_TEACHER_TEACHER, mentee('Х', { experienceYears: 2 }));
    expect(none.model).toBe('опытный педагог – молодой специалист');
    const empty = chooseRoleModel(catalogues, 'сетевая форма', mentee('Х'));
    expect(empty).toEqual({ model: '', reason: 'для формы «сетевая форма» в «Справочниках» нет ролевых моделей' });
  });

  it('reads the curator’s own models and clues from «Справочники»', () => {
    const own = Catalogues.fromSheet([
      ['Ролевая модель: форма', 'Ролевая модель', 'Ролевая модель: признаки'],
      [FORM_TEACHER_TEACHER, 'наставник – педагог после декрета', 'после декрета; выход на работу'],
      [FORM_TEACHER_TEACHER, 'опытный педагог – молодой специалист', 'стаж до 3'],
    ]);
    const back = mentee('Д', { experienceYears: 8, deficits: ['выход на работу после декрета'] });
    expect(chooseRoleModel(own, FORM_TEACHER_TEACHER, back)).toEqual({
      model: 'наставник – педагог после декрета',
      reason: '«после декрета»; «выход на работу»',
    });
  });

  it('gives the default clues to a sheet made before the clues column existed', () => {
    const old = Catalogues.fromSheet([
      ['Ролевая модель: форма', 'Ролевая модель'],
      [FORM_STUDENT_STUDENT, 'успевающий – неуспевающий'],
      [FORM_STUDENT_STUDENT, 'адаптированный – неадаптированный'],
    ]);
    expect(chooseRoleModel(old, FORM_STUDENT_STUDENT, pupil(['адаптация в коллективе'])).model).toBe(
      'адаптированный – неадаптированный',
    );
  });
});
