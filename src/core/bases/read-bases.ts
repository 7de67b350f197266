import { type Cell, cellText, type Grid, isBlank, computedValue } from '../cell';
import { Catalogues } from '../catalogues/catalogues';
import { CATALOGUES_SHEET } from '../catalogues/defaults';
import type { WorkbookPort } from '../ports';
import type { Problem } from '../problems/problem';
import { Settings, SETTINGS_SHEET } from '../settings/settings';
import { cellOf, type HeaderMap, mapHeader, sheetHeader } from '../sheet/header-map';
import type { SheetLayout } from '../sheet/layout';
import { personKey } from '../text/normalize';
import { assignIds, type IdColumnWrite } from './assign-ids';
import { findDuplicates } from './duplicates';
import { MENTEE_LAYOUT, MENTOR_LAYOUT } from './layouts';
import { isNewlyAppointed, yearsInPost } from './managers';
import { resolveTeams } from './teams';
import { type CellValue, parseCell } from './parse-cell';
import type { Mentee, Mentor, ParticipantBase, Role } from './participant';

export interface Bases {
  mentors: Mentor[];
  mentees: Mentee[];
  problems: Problem[];
  /** ID columns to write back (rows whose «ID» was empty or repeated got a new id). */
  idWrites: IdColumnWrite[];
}

/** A parsed row: typed values by column key, plus where it stands. */
export interface BaseRow {
  row: number;
  values: Record<string, CellValue>;
  hasErrors: boolean;
}

export interface ReadBase {
  grid: Grid;
  map: HeaderMap;
  rows: BaseRow[];
}

/** Reads a base sheet by header names; every bad cell becomes a problem, never an exception. */
export function readBase(
  grid: Grid | null,
  layout: SheetLayout,
  catalogues: Catalogues,
  problems: Problem[],
): ReadBase {
  const empty: ReadBase = { grid: grid ?? [], map: mapHeader([], layout.columns), rows: [] };
  if (!grid || grid.length === 0 || grid[0].every((cell) => isBlank(cell))) {
    problems.push(
      sheetProblem(layout.sheet, `Лист «${layout.sheet}» не найден или пуст. Выполните «Подготовить таблицу»`),
    );
    return empty;
  }
  const { header, rows: headerRows } = sheetHeader(grid, layout.columns);
  const map = mapHeader(header, layout.columns);
  const missingRequired = map.missing.filter((c) => c.required);
  if (missingRequired.length > 0) {
    // One problem for the sheet, and nobody of it counts as ready: a base without a required column cannot be checked.
    const names = missingRequired.map((column) => `«${column.header}»`).join(', ');
    problems.push({
      ...sheetProblem(
        layout.sheet,
        `Нет обязательного столбца ${names}: база не проверена, её участники не войдут в подбор. Переименуйте свой столбец так, или выполните «Подготовить таблицу» — столбец будет добавлен`,
      ),
      column: missingRequired[0].header,
    });
  }
  const rows: BaseRow[] = [];
  grid.slice(headerRows).forEach((cells, i) => {
    if (cells.every((cell) => isBlank(computedValue(cell)))) return;
    const row = parseRow(cells, i + headerRows + 1, layout, map, header, catalogues, problems);
    rows.push(missingRequired.length > 0 ? { ...row, hasErrors: true } : row);
  });
  return { grid, map, rows };
}

function parseRow(
  cells: Cell[],
  row: number,
  layout: SheetLayout,
  map: HeaderMap,
  header: readonly Cell[],
  catalogues: Catalogues,
  problems: Problem[],
): BaseRow {
  const values: Record<string, CellValue> = {};
  let hasErrors = false;
  for (const column of layout.columns) {
    const index = map.index.get(column.key);
    const splitName = column.key === 'fio' && map.nameParts !== undefined;
    if (index === undefined && !splitName) {
      values[column.key] = column.type === 'tags' ? [] : null;
      continue;
    }
    const cell = cellOf(cells, map, column.key);
    const title = index === undefined ? 'Фамилия, Имя, Отчество' : cellText(header[index]);
    if (column.required && isBlank(computedValue(cell))) {
      problems.push({
        sheet: layout.sheet,
        row,
        column: title,
        value: '',
        message: `Не заполнено обязательное поле «${title}»`,
        severity: 'error',
      });
      hasErrors = true;
    }
    const parsed = parseCell(cell, column, catalogues);
    values[column.key] = parsed.value;
    if (parsed.issue) {
      problems.push({
        sheet: layout.sheet,
        row,
        column: title,
        value: cellText(cell),
        message: parsed.issue.message,
        severity: parsed.issue.severity,
      });
      if (parsed.issue.severity === 'error') hasErrors = true;
    }
  }
  return { row, values, hasErrors };
}

function sheetProblem(sheet: string, message: string): Problem {
  return { sheet, row: null, column: null, value: '', message, severity: 'error' };
}

/**
 * Reads and normalizes both bases: typed participants, problems, ids to write back. `today`
 * (the Env's clock) decides consent: a consent dated in the future is not consent yet.
 */
export function readBases(workbook: WorkbookPort, settings: Settings, catalogues: Catalogues, today: Date): Bases {
  const grids = { mentors: workbook.readSheet(MENTOR_LAYOUT.sheet), mentees: workbook.readSheet(MENTEE_LAYOUT.sheet) };
  return basesFromGrids(grids, settings, catalogues, today);
}

/** `readBases` over grids a use case has already read (each sheet is read once). */
export function basesFromGrids(
  grids: { mentors: Grid | null; mentees: Grid | null },
  settings: Settings,
  catalogues: Catalogues,
  today: Date,
): Bases {
  const problems: Problem[] = [];
  const mentorBase = readBase(grids.mentors, MENTOR_LAYOUT, catalogues, problems);
  const menteeBase = readBase(grids.mentees, MENTEE_LAYOUT, catalogues, problems);
  const idWrites: IdColumnWrite[] = [];
  const mentorIds = assignIds(mentorBase, MENTOR_LAYOUT.sheet, 'НК', problems, idWrites);
  const menteeIds = assignIds(menteeBase, MENTEE_LAYOUT.sheet, 'НЯ', problems, idWrites);
  const adultAge = settings.number('adultAge');
  const newManager = settings.number('newManagerMaxYearsInPost');
  const post = { maxYears: newManager, today, problems };
  const mentors = mentorBase.rows.map((row) =>
    withPost(toMentor(row, mentorIds.get(row.row) as string, today, problems), row, MENTOR_LAYOUT.sheet, post),
  );
  const mentees = menteeBase.rows.map((row) =>
    withPost(
      toMentee(row, menteeIds.get(row.row) as string, adultAge, today, problems),
      row,
      MENTEE_LAYOUT.sheet,
      post,
    ),
  );
  for (const duplicate of [
    ...findDuplicates(mentors, MENTOR_LAYOUT.sheet),
    ...findDuplicates(mentees, MENTEE_LAYOUT.sheet),
  ]) {
    problems.push(duplicate.problem);
    duplicate.participant.hasErrors = true;
  }
  const teamCells = (base: ReadBase) => new Map(base.rows.map((row) => [row.row, tags(row.values.teamMembers)]));
  resolveTeams(mentors, mentees, { mentors: teamCells(mentorBase), mentees: teamCells(menteeBase) }, problems);
  return { mentors, mentees, problems, idWrites };
}

/** Years in post and «вновь назначенный руководитель» (managers.ts is the one definition). */
function withPost<T extends ParticipantBase>(
  person: T,
  row: BaseRow,
  sheet: string,
  post: { maxYears: number; today: Date; problems: Problem[] },
): T {
  const appointed = date(row.values.appointmentDate);
  person.yearsInPost = yearsInPost(appointed, num(row.values.yearsInPost), post.today);
  person.newlyAppointed = isNewlyAppointed(person, post.maxYears);
  if (appointed !== null && startOfDay(appointed) > startOfDay(post.today)) {
    const shown = `${pad(appointed.getDate())}.${pad(appointed.getMonth() + 1)}.${appointed.getFullYear()}`;
    post.problems.push({
      sheet,
      row: row.row,
      column: 'Дата назначения на должность',
      value: shown,
      message: `Дата назначения ${shown} ещё не наступила: стаж в должности считается равным 0. Проверьте год`,
      severity: 'warning',
    });
  }
  return person;
}

/** Everything most use cases start from, read once: settings, catalogues and both bases. */
export function loadProgram(
  workbook: WorkbookPort,
  today: Date,
): { settings: Settings; catalogues: Catalogues; bases: Bases } {
  const settings = Settings.fromSheet(workbook.readSheet(SETTINGS_SHEET));
  const catalogues = Catalogues.fromSheet(workbook.readSheet(CATALOGUES_SHEET));
  const bases = readBases(workbook, settings, catalogues, today);
  return { settings, catalogues, bases };
}

const text = (value: CellValue): string => (typeof value === 'string' ? value : value === null ? '' : String(value));
const tags = (value: CellValue): string[] => (Array.isArray(value) ? value : []);
const num = (value: CellValue): number | null => (typeof value === 'number' ? value : null);
const date = (value: CellValue): Date | null => (value instanceof Date ? value : null);

/**
 * The one definition of consent: a consent date that has come (on or before today). A date in
 * the future — a form signed «01.01.2031» by mistake, or consent to start later — is not consent.
 */
export function consentGiven(date: Date | null, today: Date): boolean {
  return date !== null && startOfDay(date) <= startOfDay(today);
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

function baseOf(row: BaseRow, id: string, role: Role, today: Date): ParticipantBase {
  const v = row.values;
  return {
    id,
    role,
    row: row.row,
    fio: text(v.fio),
    personKey: personKey(text(v.fio)),
    category: text(v.category),
    organization: text(v.organization),
    position: text(v.position),
    subjects: tags(v.subjects),
    experienceYears: num(v.experience),
    email: text(v.email),
    times: tags(v.times),
    status: text(v.status),
    consentDate: date(v.consent),
    hasConsent: consentGiven(date(v.consent), today),
    hasErrors: row.hasErrors,
  };
}

function toMentor(row: BaseRow, id: string, today: Date, problems: Problem[]): Mentor {
  const v = row.values;
  const mentor: Mentor = {
    ...baseOf(row, id, 'mentor', today),
    role: 'mentor',
    qualification: text(v.qualification),
    competencies: tags(v.competencies),
    achievements: text(v.achievements),
    interests: tags(v.interests),
    wishedCategories: tags(v.wishedCategories),
    wishedAge: parseAgeRange(text(v.wishedAge)),
    forms: tags(v.forms),
    loadLimit: num(v.loadLimit),
    caseLink: text(v.caseLink),
  };
  if (text(v.wishedAge) !== '' && mentor.wishedAge === null) {
    problems.push({
      sheet: MENTOR_LAYOUT.sheet,
      row: row.row,
      column: 'Желаемый возраст наставляемых',
      value: text(v.wishedAge),
      message: 'Укажите диапазон возраста в виде «22–35»',
      severity: 'warning',
    });
  }
  if (!mentor.hasConsent)
    problems.push(
      consentProblem(
        MENTOR_LAYOUT.sheet,
        row.row,
        'Согласие на обработку ПДн (дата)',
        mentor.consentDate,
        'Нет согласия на обработку персональных данных: наставник не будет включён в пару',
      ),
    );
  return mentor;
}

function toMentee(row: BaseRow, id: string, adultAge: number, today: Date, problems: Problem[]): Mentee {
  const v = row.values;
  const age = num(v.age);
  const isMinor = age !== null && age < adultAge;
  const base = baseOf(row, id, 'mentee', today);
  const representativeConsentDate = date(v.representativeConsent);
  const wantedForms = tags(v.wantedForm);
  const mentee: Mentee = {
    ...base,
    role: 'mentee',
    age,
    isMinor,
    deficits: tags(v.deficits),
    entryDate: date(v.entryDate),
    wantedForm: wantedForms[0] ?? '',
    wantedForms,
    representative: text(v.representative),
    representativeConsentDate,
    hasConsent: isMinor ? consentGiven(representativeConsentDate, today) : base.hasConsent,
    results: text(v.results),
    endDate: date(v.endDate),
  };
  const sheet = MENTEE_LAYOUT.sheet;
  if (isMinor && !mentee.hasConsent) {
    problems.push(
      consentProblem(
        sheet,
        row.row,
        'Согласие законного представителя (дата)',
        representativeConsentDate,
        `Наставляемому ${age} лет: нужно согласие законного представителя на обработку ПДн. Без него участник не будет включён в пару`,
      ),
    );
  } else if (isMinor && mentee.representative === '') {
    problems.push({
      sheet,
      row: row.row,
      column: 'Законный представитель',
      value: '',
      message: 'Для несовершеннолетнего укажите ФИО законного представителя',
      severity: 'warning',
    });
  } else if (!isMinor && !mentee.hasConsent) {
    problems.push(
      consentProblem(
        sheet,
        row.row,
        'Согласие на обработку ПДн (дата)',
        mentee.consentDate,
        'Нет согласия на обработку персональных данных: наставляемый не будет включён в пару',
      ),
    );
  }
  if (age === null && /обучающ|ученик|студент/i.test(mentee.category)) {
    problems.push({
      sheet,
      row: row.row,
      column: 'Возраст',
      value: '',
      message: 'Укажите возраст обучающегося: от него зависит, чьё согласие на обработку ПДн нужно',
      severity: 'warning',
    });
  }
  return mentee;
}

function consentProblem(sheet: string, row: number, column: string, date: Date | null, message: string): Problem {
  if (date === null) return { sheet, row, column, value: '', message, severity: 'error' };
  const shown = `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
  return {
    sheet,
    row,
    column,
    value: shown,
    message: `Дата согласия ${shown} ещё не наступила: до этого дня согласия нет, участник не будет включён в пару`,
    severity: 'error',
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** «22–35», «22-35», «от 22 до 35» → {min, max}; a single number means exactly that age. */
export function parseAgeRange(value: string): { min: number; max: number } | null {
  const numbers = value.match(/\d+/g)?.map(Number) ?? [];
  if (numbers.length === 1) return { min: numbers[0], max: numbers[0] };
  if (numbers.length !== 2 || numbers[0] > numbers[1]) return null;
  return { min: numbers[0], max: numbers[1] };
}
