import type { ColumnSpec } from '../sheet/layout';

/**
 * «Предпочтения»: whom each participant wants to work with after a flash meeting, one row per
 * (respondent, place in the ranking). Written by «Загрузить ответы» from the «preferences»
 * questionnaire; the matching's stable mode reads it (respondentId, rank, chosenId).
 * Rank 1 is the first choice. A row with an empty «ID выбранного» names someone the bases
 * do not know (see «Проблемы»).
 */
export const PREFERENCES_SHEET = 'Предпочтения';

export const PREFERENCE_COLUMNS: ColumnSpec[] = [
  { key: 'respondentId', header: 'ID участника', type: 'id', note: 'Кто выбирает (ID из базы)' },
  { key: 'respondentName', header: 'Участник', type: 'text', width: 220, note: 'ФИО выбирающего' },
  { key: 'respondentRole', header: 'Роль', type: 'text', note: 'наставник / наставляемый' },
  { key: 'rank', header: 'Место', type: 'int', note: '1 — первый выбор' },
  { key: 'chosenId', header: 'ID выбранного', type: 'id', note: 'Кого выбрал (ID из базы другой стороны)' },
  { key: 'chosenName', header: 'Выбранный', type: 'text', width: 220, note: 'ФИО выбранного' },
  { key: 'responseId', header: 'ID ответа', type: 'id', note: 'Ответ анкеты, из которого взят выбор' },
  { key: 'timestamp', header: 'Отметка времени', type: 'date', note: 'Когда ответ отправлен' },
  { key: 'comment', header: 'Комментарий', type: 'text', width: 220, note: 'Заметки куратора (сохраняются)' },
];

export interface PreferenceRow {
  respondentId: string;
  respondentRole: 'mentor' | 'mentee';
  rank: number;
  chosenId: string;
}
