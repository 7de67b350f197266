import type { SettingSpec } from '../settings/setting';
import { AUTO_TEMPLATE } from '../roadmap/choose-template';
import { DEFAULT_TEMPLATE_NAMES } from '../roadmap/default-templates';
import { REPEAT_LIST, REPEAT_ROWS } from '../roadmap/schedule';

const SECTION = 'Дорожная карта и документы';

export const PLANS_ONE_DOCUMENT = 'один документ';
export const PLANS_SEPARATE = 'по документу на наставляемого';
export const APPENDIX_PER_ORGANIZATION = 'приложение на каждую организацию';
export const APPENDIX_ONE_TABLE = 'одна таблица со столбцом «Организация»';

/** Settings of the roadmap and of the documents (order, individual plans, analytic report). */
export const DOCUMENT_SETTINGS: SettingSpec[] = [
  {
    key: 'roadmapTemplate',
    section: SECTION,
    label: 'Шаблон дорожной карты',
    type: 'text',
    default: AUTO_TEMPLATE,
    description: `«${AUTO_TEMPLATE}» — по формам и участникам в базах; или название шаблона с листа «Шаблоны дорожной карты»: ${DEFAULT_TEMPLATE_NAMES.join(', ')}`,
  },
  {
    key: 'roadmapRepeat',
    section: SECTION,
    label: 'Дорожная карта: повторяющиеся мероприятия',
    type: 'choice',
    choices: [REPEAT_ROWS, REPEAT_LIST],
    default: REPEAT_ROWS,
    description:
      'Мероприятие с «Повтором» (ежемесячно, ежеквартально) в «Дорожной карте»: строка на каждую дату или одна строка с датами в «Содержании»',
  },
  {
    key: 'directorTitle',
    section: SECTION,
    label: 'Должность руководителя (в подписи)',
    type: 'text',
    default: 'Директор',
    description:
      'Как подписывается руководитель в приказе и в грифе «УТВЕРЖДАЮ»: Директор, Заведующий; для органа управления образованием — Председатель комитета, Начальник управления. ФИО — «Директор (ФИО)» в разделе «Программа»',
  },
  {
    key: 'orderNumber',
    section: SECTION,
    label: 'Приказ о парах: номер',
    type: 'text',
    default: '',
    description: 'Пусто — в приказе остаётся место для номера',
  },
  {
    key: 'orderDate',
    section: SECTION,
    label: 'Приказ о парах: дата',
    type: 'date',
    default: null,
    description: 'дд.мм.гггг. Пусто — в приказе остаётся место для даты',
  },
  {
    key: 'orderPlace',
    section: SECTION,
    label: 'Приказ: место издания',
    type: 'text',
    default: '',
    description: 'Город или посёлок под заголовком «ПРИКАЗ», например: г. Тверь. Пусто — «Муниципалитет / город»',
  },
  {
    key: 'regulationNumber',
    section: SECTION,
    label: 'Положение о наставничестве: номер приказа',
    type: 'text',
    default: '',
    description: 'Номер приказа, которым утверждено Положение о наставничестве организации (ссылка в приказе о парах)',
  },
  {
    key: 'regulationDate',
    section: SECTION,
    label: 'Положение о наставничестве: дата приказа',
    type: 'date',
    default: null,
    description: 'дд.мм.гггг — дата приказа, которым утверждено Положение о наставничестве',
  },
  {
    key: 'orderAppendix',
    section: SECTION,
    label: 'Приказ сети организаций: приложение',
    type: 'choice',
    choices: [APPENDIX_PER_ORGANIZATION, APPENDIX_ONE_TABLE],
    default: APPENDIX_PER_ORGANIZATION,
    description: `Когда в приказе пары нескольких организаций: «${APPENDIX_PER_ORGANIZATION}» — каждая школа берёт своё приложение с листом ознакомления; «${APPENDIX_ONE_TABLE}» — одна таблица со столбцом «Организация»`,
  },
  {
    key: 'plansLayout',
    section: SECTION,
    label: 'Индивидуальные планы',
    type: 'choice',
    choices: [PLANS_ONE_DOCUMENT, PLANS_SEPARATE],
    default: PLANS_ONE_DOCUMENT,
    description: `«${PLANS_ONE_DOCUMENT}» — каждый наставляемый с новой страницы; «${PLANS_SEPARATE}» — отдельный файл для каждого (в Google Документах расходует дневной лимит)`,
  },
  {
    key: 'reportNamesMentors',
    section: SECTION,
    label: 'Аналитический отчёт: называть наставников',
    type: 'bool',
    default: false,
    description: '«нет» — в отчёте только обобщённые данные; «да» — в рекомендациях называются наставники сверх лимита',
  },
];
