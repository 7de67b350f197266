import type { ColumnSpec } from '../sheet/layout';

/** The register of approved pairs and group members: one row per mentor–mentee link. */
export const PAIRS_SHEET = 'Пары';

export const PAIR_STATUSES = ['активна', 'завершена', 'расторгнута'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

export const PAIR_COLUMNS: ColumnSpec[] = [
  {
    key: 'pairId',
    header: 'ID пары',
    type: 'id',
    note: 'Присваивается при утверждении. У всех участников одной группы — один ID группы в столбце «Группа»',
  },
  {
    key: 'groupId',
    header: 'Группа',
    type: 'text',
    note: 'ID группы, если наставник ведёт группу; пусто — индивидуальная пара',
  },
  { key: 'mentorId', header: 'ID наставника', type: 'id', note: 'ID из базы наставников' },
  { key: 'mentorName', header: 'Наставник', type: 'text', width: 220, note: 'ФИО наставника' },
  { key: 'menteeId', header: 'ID наставляемого', type: 'id', note: 'ID из базы наставляемых' },
  { key: 'menteeName', header: 'Наставляемый', type: 'text', width: 220, note: 'ФИО наставляемого' },
  { key: 'form', header: 'Форма', type: 'choice', catalogue: 'forms', width: 180, note: 'Форма наставничества' },
  { key: 'roleModel', header: 'Ролевая модель', type: 'text', width: 240, note: 'Ролевая модель (вариант формы)' },
  {
    key: 'kind',
    header: 'Вид наставничества',
    aliases: ['Вид'],
    type: 'choice',
    catalogue: 'kinds',
    width: 170,
    note: 'Из «Справочников» → «Виды наставничества» (традиционное, групповое, флеш-наставничество, сетевое…). Считается в «Показателях» и в отчёте',
  },
  { key: 'organization', header: 'Организация', type: 'text', note: 'Организация наставляемого' },
  { key: 'startDate', header: 'Дата начала', type: 'date', note: 'дд.мм.гггг' },
  { key: 'endDate', header: 'Дата окончания', type: 'date', note: 'Плановая или фактическая дата окончания' },
  {
    key: 'status',
    header: 'Статус',
    type: 'choice',
    validation: { kind: 'list', values: [...PAIR_STATUSES] },
    note: 'активна / завершена / расторгнута',
    valueColours: [
      { value: 'активна', background: '#d9ead3' },
      { value: 'завершена', background: '#cfe2f3' },
      { value: 'расторгнута', background: '#f4cccc' },
    ],
  },
  { key: 'score', header: 'Балл подбора', type: 'number', note: 'Балл, с которым пара была предложена' },
  {
    key: 'explanation',
    header: 'Почему эта пара',
    type: 'text',
    width: 320,
    wrap: true,
    note: 'Расшифровка балла по критериям',
  },
  { key: 'orderRef', header: 'Приказ', type: 'text', note: 'Номер и дата приказа или ссылка на документ' },
  { key: 'comment', header: 'Комментарий', type: 'text', note: 'Заметки куратора' },
];

export interface PairRecord {
  pairId: string;
  groupId: string;
  mentorId: string;
  mentorName: string;
  menteeId: string;
  menteeName: string;
  form: string;
  roleModel: string;
  /** «Вид наставничества» as typed ('' when the register has no such column). */
  kind: string;
  organization: string;
  startDate: Date | null;
  endDate: Date | null;
  status: PairStatus | string;
  score: number | null;
  orderRef: string;
  row: number;
}
