import type { Cell } from '../../core/cell';
import { MENTEES_SHEET, MENTORS_SHEET } from '../../core/bases/layouts';
import type { DemoData } from './generate';
import type { DemoRow, PeopleContext } from './generate-people';

export type MistakeKind =
  | 'duplicate'
  | 'bad-email'
  | 'experience-with-words'
  | 'experience-not-number'
  | 'text-date'
  | 'impossible-date'
  | 'missing-consent'
  | 'minor-without-representative-consent'
  | 'unknown-form'
  | 'unknown-category'
  | 'formula-like-text'
  | 'empty-row';

/** A mistake the generator made on purpose, addressed like a problem (1-based sheet row on a fresh workbook). */
export interface DemoMistake {
  kind: MistakeKind;
  sheet: string;
  row: number;
  column: string | null;
  value: string;
}

/** A column the curator added to a base for their own notes: the add-on must keep it. */
export interface UserColumn {
  sheet: string;
  header: string;
  note: string;
  values: Map<DemoRow, Cell>;
}

interface Planned {
  kind: MistakeKind;
  sheet: string;
  target: DemoRow;
  column: string | null;
  value: Cell;
}

const BAD_EMAILS = ['@mail', '@@yandex.ru', '.yandex.ru', ' mail.ru'];
const CURATOR_REMARKS = [
  'позвонить после 15:00',
  'руководитель ШМО',
  'в декретном отпуске с марта',
  'готов взять двоих',
  'уточнить категорию',
];

/** Mistakes curators make when they fill the bases by hand, in proportion to the base size. */
export function sprinkleMistakes(data: DemoData, ctx: PeopleContext): void {
  const { random } = ctx;
  const total = data.mentors.length + data.mentees.length;
  const repeats = Math.max(1, Math.round(total / 400));
  const used = new Set<DemoRow>();
  const planned: Planned[] = [];
  const rows = (sheet: string) =>
    (sheet === MENTORS_SHEET ? data.mentors : data.mentees).filter((r): r is DemoRow => r !== null);
  const take = (sheet: string, fits: (row: DemoRow) => boolean): DemoRow | undefined => {
    const candidates = rows(sheet).filter((row) => !used.has(row) && fits(row));
    if (candidates.length === 0) return undefined;
    const row = random.pick(candidates);
    used.add(row);
    return row;
  };
  const spoil = (
    kind: MistakeKind,
    sheet: string,
    fits: (row: DemoRow) => boolean,
    column: string,
    change: (row: DemoRow) => Cell,
  ) => {
    const row = take(sheet, fits);
    if (!row) return;
    const value = change(row);
    planned.push({ kind, sheet, target: row, column, value });
  };
  const teacher = (row: DemoRow) => row.category === 'педагог' || row.category === 'молодой специалист';
  const minor = (row: DemoRow) => typeof row.age === 'number' && row.age < 18;

  for (let n = 0; n < repeats; n++) {
    spoil('bad-email', MENTORS_SHEET, teacher, 'E-mail', (row) => {
      const local = String(row.email).split('@')[0];
      row.email = `${local}${random.pick(BAD_EMAILS)}`;
      return row.email;
    });
    spoil('experience-with-words', MENTORS_SHEET, teacher, 'Стаж (лет)', (row) => {
      row.experience = `${Number(row.experience)},5 лет`;
      return row.experience;
    });
    spoil('experience-not-number', MENTORS_SHEET, teacher, 'Стаж (лет)', (row) => {
      row.experience = random.pick(['больше 20', 'около десяти', 'с 2005 г.']);
      return row.experience;
    });
    spoil('text-date', MENTEES_SHEET, teacher, 'Дата вхождения в программу', (row) => {
      row.entryDate = dateText(row.entryDate);
      return row.entryDate;
    });
    spoil('impossible-date', MENTORS_SHEET, teacher, 'Согласие на обработку ПДн (дата)', (row) => {
      row.consent = `31.09.${ctx.academicYear}`;
      return row.consent;
    });
    spoil('missing-consent', MENTORS_SHEET, teacher, 'Согласие на обработку ПДн (дата)', (row) => {
      row.consent = null;
      return null;
    });
    spoil('missing-consent', MENTEES_SHEET, teacher, 'Согласие на обработку ПДн (дата)', (row) => {
      row.consent = null;
      return null;
    });
    spoil(
      'minor-without-representative-consent',
      MENTEES_SHEET,
      minor,
      'Согласие законного представителя (дата)',
      (row) => {
        // Typical slip: the date went into the pupil's own consent column.
        row.consent = row.representativeConsent;
        row.representativeConsent = null;
        return null;
      },
    );
    spoil('unknown-form', MENTEES_SHEET, teacher, 'Желаемая форма', (row) => {
      row.wantedForm = 'педагог – педагог';
      return row.wantedForm;
    });
    spoil('unknown-category', MENTORS_SHEET, teacher, 'Категория', (row) => {
      row.category = 'учитель';
      return row.category;
    });
    spoil('formula-like-text', MENTORS_SHEET, teacher, 'Достижения', (row) => {
      row.achievements = '=Призёр конкурса «Педагогический дебют»';
      return row.achievements;
    });
    duplicate(data, random.pick(rows(MENTEES_SHEET).filter((row) => teacher(row) && !used.has(row))), used, planned);
  }
  insertEmptyRows(data, random.int(1, 2), random);
  addUserColumns(data, ctx);
  data.mistakes = locate(data, planned);
}

function dateText(value: Cell): string {
  if (!(value instanceof Date)) return String(value ?? '');
  return `${String(value.getDate()).padStart(2, '0')}.${String(value.getMonth() + 1).padStart(2, '0')}.${value.getFullYear()}`;
}

/** The same person entered twice: ё written as е, another case in the e-mail, added at the end. */
function duplicate(data: DemoData, original: DemoRow | undefined, used: Set<DemoRow>, planned: Planned[]): void {
  if (!original) return;
  used.add(original);
  const fio = String(original.fio);
  const copy: DemoRow = {
    ...original,
    fio: fio.includes('ё') ? fio.replace('ё', 'е') : fio.replace(' ', '  '),
    email: String(original.email).replace(/^./, (ch) => ch.toUpperCase()),
  };
  used.add(copy);
  data.mentees.push(copy);
  planned.push({ kind: 'duplicate', sheet: MENTEES_SHEET, target: copy, column: 'ФИО', value: copy.fio });
}

/** Blank rows left in the middle of a base (a deleted participant, a paste gone wrong). */
function insertEmptyRows(data: DemoData, count: number, random: PeopleContext['random']): void {
  for (let n = 0; n < count; n++) {
    for (const rows of [data.mentees, data.mentors]) {
      if (rows.length >= 4) rows.splice(random.int(1, rows.length - 2), 0, null);
    }
  }
}

function addUserColumns(data: DemoData, ctx: PeopleContext): void {
  const { random } = ctx;
  const remarks = new Map<DemoRow, Cell>();
  const phones = new Map<DemoRow, Cell>();
  for (const row of data.mentors) if (row && random.chance(0.15)) remarks.set(row, random.pick(CURATOR_REMARKS));
  for (const row of data.mentees) {
    if (row && random.chance(0.6))
      phones.set(row, `+7 9${random.int(10, 99)} ${random.int(100, 999)}-${random.int(10, 99)}-${random.int(10, 99)}`);
  }
  data.userColumns = [
    {
      sheet: MENTORS_SHEET,
      header: 'Комментарий куратора',
      note: 'Мои пометки — программа их не трогает',
      values: remarks,
    },
    {
      sheet: MENTEES_SHEET,
      header: 'Телефон',
      note: 'Для связи; у несовершеннолетних — телефон родителя',
      values: phones,
    },
  ];
}

/** Turns planned mistakes into sheet addresses once all rows (blank ones included) stand in place. */
function locate(data: DemoData, planned: Planned[]): DemoMistake[] {
  const indexes = { [MENTORS_SHEET]: new Map<DemoRow, number>(), [MENTEES_SHEET]: new Map<DemoRow, number>() };
  data.mentors.forEach((row, i) => row && indexes[MENTORS_SHEET].set(row, i + 2));
  data.mentees.forEach((row, i) => row && indexes[MENTEES_SHEET].set(row, i + 2));
  const mistakes = planned.map((p): DemoMistake => {
    const row = p.target === null ? 0 : (indexes[p.sheet as keyof typeof indexes].get(p.target) ?? 0);
    const value = p.value instanceof Date ? dateText(p.value) : String(p.value ?? '');
    return { kind: p.kind, sheet: p.sheet, row, column: p.column, value };
  });
  for (const [sheet, rows] of [
    [MENTORS_SHEET, data.mentors],
    [MENTEES_SHEET, data.mentees],
  ] as const) {
    rows.forEach((row, i) => {
      if (row === null) mistakes.push({ kind: 'empty-row', sheet, row: i + 2, column: null, value: '' });
    });
  }
  return mistakes;
}
