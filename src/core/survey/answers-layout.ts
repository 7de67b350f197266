import type { ColumnSpec } from '../sheet/layout';

/** Every imported answer, one row per (response, item): the long table all statistics read. */
export const ANSWERS_SHEET = 'Ответы';

export const WAVES = ['вход', 'выход', 'разовая'] as const;
export type Wave = (typeof WAVES)[number];

export const ANSWER_COLUMNS: ColumnSpec[] = [
  {
    key: 'responseId',
    header: 'ID ответа',
    type: 'id',
    note: 'Идентификатор ответа формы (повторная загрузка его не дублирует)',
  },
  { key: 'timestamp', header: 'Отметка времени', type: 'date', note: 'Когда ответ отправлен или отредактирован' },
  {
    key: 'participantId',
    header: 'ID участника',
    type: 'id',
    note: 'ID из базы; пусто — участник не опознан (см. «Проблемы»)',
  },
  { key: 'role', header: 'Роль', type: 'text', note: 'наставник / наставляемый' },
  { key: 'template', header: 'Анкета', type: 'text', note: 'Код шаблона анкеты' },
  { key: 'wave', header: 'Волна', type: 'text', note: 'вход / выход / разовая' },
  { key: 'item', header: 'Код вопроса', type: 'text', note: 'Стабильный код вопроса шаблона' },
  { key: 'value', header: 'Ответ', type: 'text', note: 'Значение ответа (как текст или число)' },
];
