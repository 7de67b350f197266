/**
 * Deterministic demo data: a realistic Russian school (or a municipality of schools) as rows of
 * the two bases, optionally with the mistakes curators really make. Pure TypeScript (no Node
 * APIs), so Apps Script-side tests can use it too. `fillDemoWorkbook` writes it through the ports.
 */
import type { Cell } from '../../core/cell';
import { MENTEES_SHEET, MENTORS_SHEET } from '../../core/bases/layouts';
import { personKey } from '../../core/text/normalize';
import { type DemoMistake, sprinkleMistakes, type UserColumn } from './generate-mistakes';
import { transliterate } from './generate-names';
import {
  type DemoRow,
  managerMentee,
  managerMentor,
  type Organization,
  type PeopleContext,
  studentMentee,
  studentMentor,
  teacherMentee,
  teacherMentor,
} from './generate-people';
import { Random } from './generate-random';

export type { DemoRow, Organization } from './generate-people';
export type { DemoMistake, MistakeKind, UserColumn } from './generate-mistakes';

export interface DemoOptions {
  /** Total rows of both bases (mistakes add a few duplicates on top). 1 … 50 000. */
  participants: number;
  /** 1 (a school) or more (a municipality network). */
  organizations?: number;
  seed?: number;
  mistakes?: boolean;
  academicYear?: number;
}

export interface DemoData {
  municipality: string;
  organizations: Organization[];
  /** Rows in sheet order; `null` is an empty row left in the middle of the base. */
  mentors: (DemoRow | null)[];
  mentees: (DemoRow | null)[];
  /** The curator's own columns (with mistakes only): header, note and values by row object. */
  userColumns: UserColumn[];
  mistakes: DemoMistake[];
  /** Values for «Настройки» by setting key. */
  settings: Record<string, Cell>;
}

export const MAX_PARTICIPANTS = 50_000;
const MUNICIPALITY = 'городской округ Приозёрный';
const MUNICIPALITY_DOMAIN = 'priozerny';

/** Share of each kind of participant in a school's program (teachers, managers, pupils). */
const MIX: ReadonlyArray<readonly [kind: Kind, share: number]> = [
  ['teacherMentor', 0.32],
  ['managerMentor', 0.03],
  ['studentMentor', 0.1],
  ['teacherMentee', 0.27],
  ['managerMentee', 0.02],
  ['studentMentee', 0.26],
];
type Kind = 'teacherMentor' | 'managerMentor' | 'studentMentor' | 'teacherMentee' | 'managerMentee' | 'studentMentee';
const BUILDERS: Record<Kind, (ctx: PeopleContext, org: Organization) => DemoRow> = {
  teacherMentor,
  managerMentor,
  studentMentor,
  teacherMentee,
  managerMentee,
  studentMentee,
};
const MENTOR_KINDS = new Set<Kind>(['teacherMentor', 'managerMentor', 'studentMentor']);

export function generateDemo(options: DemoOptions): DemoData {
  const participants = Math.floor(options.participants);
  if (!(participants >= 1 && participants <= MAX_PARTICIPANTS)) {
    throw new RangeError(`Число участников должно быть от 1 до ${MAX_PARTICIPANTS}`);
  }
  const orgCount = Math.floor(options.organizations ?? 1);
  if (!(orgCount >= 1 && orgCount <= Math.min(participants, 1000))) {
    throw new RangeError('Число организаций должно быть от 1 до 1000 и не больше числа участников');
  }
  const random = new Random(options.seed ?? 1);
  const academicYear = options.academicYear ?? 2026;
  const ctx: PeopleContext = { random, academicYear, emails: new Set() };
  const organizations = organizationNames(random, orgCount);
  const sizes = split(
    participants,
    organizations.map(() => random.bell(1, 0.5, 0.5, 1.5)),
  );
  const mentors: DemoRow[] = [];
  const mentees: DemoRow[] = [];
  const people = new Set<string>();
  organizations.forEach((org, i) => {
    const counts = split(
      sizes[i],
      MIX.map(([, share]) => share),
    );
    MIX.forEach(([kind], k) => {
      for (let n = 0; n < counts[k]; n++)
        (MENTOR_KINDS.has(kind) ? mentors : mentees).push(uniquePerson(ctx, org, BUILDERS[kind], people));
    });
  });
  const data: DemoData = {
    municipality: MUNICIPALITY,
    organizations,
    mentors,
    mentees,
    userColumns: [],
    mistakes: [],
    settings: {
      organizationName:
        orgCount === 1 ? organizations[0].name : 'Управление образования администрации городского округа Приозёрный',
      municipality: MUNICIPALITY,
      orderPlace: 'г. Приозёрный',
      directorTitle: orgCount === 1 ? 'Директор' : 'Начальник управления',
      regulationNumber: orgCount === 1 ? '112-о' : '54',
      regulationDate: new Date(academicYear, 7, 29),
      academicYear,
      curatorName: 'Кузнецова Марина Викторовна',
      directorName: orgCount === 1 ? 'Орлов Андрей Николаевич' : 'Белова Ирина Сергеевна',
      methodistName: 'Соколова Елена Павловна',
    },
  };
  if (options.mistakes) sprinkleMistakes(data, ctx);
  return data;
}

/**
 * Namesakes in one school do happen, but the check rightly reports them as likely duplicates;
 * clean demo data has none (the mistakes add real duplicates on purpose).
 */
function uniquePerson(
  ctx: PeopleContext,
  org: Organization,
  build: (ctx: PeopleContext, org: Organization) => DemoRow,
  people: Set<string>,
): DemoRow {
  for (let attempt = 0; ; attempt++) {
    const row = build(ctx, org);
    const key = `${org.name}\u0001${personKey(String(row.fio))}`;
    if (!people.has(key) || attempt >= 50) {
      people.add(key);
      return row;
    }
  }
}

/** Splits a total into integer parts proportional to weights (largest remainder): the parts sum to the total. */
export function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const remainder = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < remainder; k++) parts[order[k % order.length][1]]++;
  return parts;
}

const SCHOOL_NUMBERS = [5, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15, 17, 18, 19, 20, 21, 22, 24, 25, 26, 27, 29];

function organizationNames(random: Random, count: number): Organization[] {
  return Array.from({ length: count }, (_, i) => {
    const number = SCHOOL_NUMBERS[i] ?? 30 + i;
    const prefix = random.weighted([
      ['МАОУ', 3],
      ['МБОУ', 3],
      ['МОУ', 1],
    ]);
    const kind =
      i === 0
        ? 'СОШ'
        : random.weighted([
            ['СОШ', 10],
            ['Гимназия', 2],
            ['Лицей', 1],
            ['ООШ', 1],
          ]);
    const name = kind === 'СОШ' || kind === 'ООШ' ? `${prefix} ${kind} № ${number}` : `${prefix} «${kind} № ${number}»`;
    const domain = `${transliterate(kind === 'СОШ' || kind === 'ООШ' ? 'school' : kind)}${number}-${MUNICIPALITY_DOMAIN}.ru`;
    return { name, domain };
  });
}

export const DEMO_SHEETS = { mentors: MENTORS_SHEET, mentees: MENTEES_SHEET } as const;
