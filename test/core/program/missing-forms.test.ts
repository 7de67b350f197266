import { describe, expect, it } from 'vitest';
import type { PairUnit } from '../../../src/core/indicators/program-data';
import { missingFormsOf, withoutPairOf } from '../../../src/core/program/without-pair';
import { mentee } from '../matching/fixtures';

const A = 'учитель – учитель';
const B = 'руководитель – заместитель';

function unit(menteeId: string, form: string, status: PairUnit['status'] = 'активна'): PairUnit {
  return {
    key: `p:${menteeId}:${form}`,
    isGroup: false,
    mentorId: 'НК-1',
    menteeIds: [menteeId],
    form,
    roleModel: '',
    organization: '',
    status,
    rows: [],
  };
}

describe('«Без пары» per form (missingFormsOf)', () => {
  const both = (id: string) => mentee(id, { wantedForm: A, wantedForms: [A, B] });
  it('П-05 people once per needed form; a mentee with a pair in one form, for the other; a form without its pair is listed', () => {
    const mentees = [
      both('НЯ-1'),
      both('НЯ-2'),
      both('НЯ-3'),
      mentee('НЯ-4'),
      mentee('НЯ-5', { wantedForm: B }),
      // The curator changed the form after the pair was approved: the new form has no pair yet.
      mentee('НЯ-6', { wantedForm: B }),
    ];
    const units = [
      unit('НЯ-2', A),
      unit('НЯ-3', A),
      unit('НЯ-3', B, 'завершена'),
      unit('НЯ-4', A),
      unit('НЯ-5', B, 'расторгнута'),
      unit('НЯ-6', A),
    ];
    const rows = missingFormsOf(mentees, units).map(
      (r) => `${r.mentee.id} ${r.form}${!r.withoutAnyPair ? ' (частично)' : ''}`,
    );
    expect(rows).toEqual([`НЯ-1 ${A}`, `НЯ-1 ${B}`, `НЯ-2 ${B} (частично)`, `НЯ-5 ${B}`, `НЯ-6 ${B} (частично)`]);
    // The people of the rows that are not partial are exactly П-05's.
    const people = [
      ...new Set(
        missingFormsOf(mentees, units)
          .filter((r) => r.withoutAnyPair)
          .map((r) => r.mentee.id),
      ),
    ];
    expect(people).toEqual(withoutPairOf(mentees, units).map((m) => m.id));
  });

  it('who left or has an error in the row is not listed (as П-05)', () => {
    const mentees = [both('НЯ-1'), { ...both('НЯ-2'), status: 'выбыл' }, { ...both('НЯ-3'), hasErrors: true }];
    expect(missingFormsOf(mentees, []).map((r) => r.mentee.id)).toEqual(['НЯ-1', 'НЯ-1']);
  });
});
