import type { SettingSpec } from '../settings/setting';

const SURVEYS = 'Анкеты';

export const SURVEY_SETTINGS: SettingSpec[] = [
  {
    key: 'surveyMinGroupSize',
    section: SURVEYS,
    label: 'Динамика: наименьшая группа для статистики (чел.)',
    type: 'int',
    default: 5,
    description:
      'В группах меньше этого числа участников «Динамика» показывает только количество ответов — чтобы нельзя было узнать ответы отдельных людей',
    min: 1,
    max: 100,
  },
  {
    key: 'surveyCollectEmail',
    section: SURVEYS,
    label: 'Анкеты: собирать адреса электронной почты',
    type: 'bool',
    default: true,
    description: 'да — форма записывает e-mail отвечающего, по нему ответ надёжно связывается с участником базы',
  },
];
