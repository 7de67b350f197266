import { describe, expect, it } from 'vitest';
import { identify } from '../../../src/core/survey/respondents';
import { readRoster } from '../../../src/core/survey/roster';

const mentees = [
  ['ID', 'ФИО', 'Организация', 'E-mail'],
  ['НЯ-0001', 'Семёнова Алёна Петровна', 'МБОУ СОШ № 1', 'alena@school1.ru'],
  ['НЯ-0002', 'Иванов Иван Иванович', 'МБОУ СОШ № 1', null],
  ['НЯ-0003', 'Иванов Иван Иванович', 'МБОУ СОШ № 2', null],
];
const roster = readRoster(null, mentees);

describe('identifying respondents', () => {
  it('finds a person by e-mail whatever the name says', () => {
    const found = identify(roster, { email: 'alena@school1.ru', fio: '', organization: '' });
    expect(found).toMatchObject({ found: true, by: 'email', person: { id: 'НЯ-0001' } });
  });

  it('forgives ё/е, case, extra spaces and swapped name order', () => {
    const found = identify(roster, { email: '', fio: '  алена   СЕМЕНОВА петровна ', organization: 'мбоу  сош №1' });
    expect(found).toMatchObject({ found: true, by: 'name', person: { id: 'НЯ-0001' } });
  });

  it('tells namesakes apart by organization and refuses to guess without it', () => {
    expect(identify(roster, { email: '', fio: 'Иванов Иван Иванович', organization: 'МБОУ СОШ № 2' })).toMatchObject({
      found: true,
      person: { id: 'НЯ-0003' },
    });
    expect(identify(roster, { email: '', fio: 'Иванов Иван Иванович', organization: '' })).toMatchObject({
      found: false,
    });
  });

  it('does not identify a stranger', () => {
    const found = identify(roster, { email: 'who@x.ru', fio: 'Петров Пётр', organization: 'МБОУ СОШ № 1' });
    expect(found.found).toBe(false);
  });
});
