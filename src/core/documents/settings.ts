import type { SettingSpec } from '../settings/setting';
import { AUTO_TEMPLATE } from '../roadmap/choose-template';
import { DEFAULT_TEMPLATE_NAMES } from '../roadmap/default-templates';

const SECTION = 'Дорожная карта и документы';

export const PLANS_ONE_DOCUMENT = 'один документ';
export const PLANS_SEPARATE = 'по документу на наставляемого';

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
    key: 'directorTitle',
    section: SECTION,
    label: 'Должность руководителя (в подписи)',
    type: 'text',
    default: 'Директор',
    description:
      'Как подписывается руководитель в приказе и в грифе «УТВЕРЖДАЮ»: Директор, Заведующий, Начальник управления образования',
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
