import type { ColumnSpec, SheetLayout } from '../sheet/layout';

export const MENTORS_SHEET = 'Наставники';
export const MENTEES_SHEET = 'Наставляемые';

const FIO_ALIASES = ['Ф.И.О.', 'Фамилия Имя Отчество', 'Фамилия, имя, отчество', 'Участник'];
const EMAIL_ALIASES = ['E-mail', 'Email', 'Эл. почта', 'Электронная почта', 'Почта', 'Адрес электронной почты', 'Контакты'];

const common = {
  id: { key: 'id', header: 'ID', aliases: ['Код', 'Идентификатор'], type: 'id', width: 80, note: 'Заполняется автоматически при проверке баз. Не меняйте: по нему связаны пары, ответы и документы.' },
  category: { key: 'category', header: 'Категория', aliases: ['Категория участника'], type: 'choice', catalogue: 'categories', required: true, note: 'Из «Справочников»: педагог, молодой специалист, обучающийся, студент, работодатель, выпускник, управленческий кадр' },
  organization: { key: 'organization', header: 'Организация', aliases: ['ОО', 'Образовательная организация', 'Место работы', 'Место работы / учёбы', 'Школа'], type: 'text', catalogue: 'organizations', required: true, width: 180, note: 'Место работы или учёбы. Для сетевой программы — из «Справочников»' },
  position: { key: 'position', header: 'Должность / класс', aliases: ['Должность', 'Класс', 'Группа', 'Курс', 'Должность или класс'], type: 'text', note: 'Должность педагога или класс/группа/курс обучающегося' },
  experience: { key: 'experience', header: 'Стаж (лет)', aliases: ['Стаж', 'Педагогический стаж', 'Стаж работы'], type: 'number', min: 0, note: 'Педагогический стаж в годах, число (можно с запятой: 1,5)' },
  email: { key: 'email', header: 'E-mail', aliases: EMAIL_ALIASES, type: 'email', width: 200, note: 'Адрес электронной почты: по нему анкеты узнают участника. Для несовершеннолетнего — законного представителя' },
  consent: { key: 'consent', header: 'Согласие на обработку ПДн (дата)', aliases: ['Согласие на ПДн', 'Согласие на обработку персональных данных', 'Согласие ПДн', 'Согласие'], type: 'date', note: 'Дата письменного согласия на обработку персональных данных (дд.мм.гггг). Без согласия участник не включается в пару' },
  status: { key: 'status', header: 'Статус', type: 'choice', catalogue: 'participantStatuses', note: 'Статус в программе (из «Справочников»)' },
  times: { key: 'times', header: 'Удобное время', aliases: ['Время', 'Удобное время встреч'], type: 'tags', note: 'Когда удобно встречаться, через «;»: пн вечер; ср день' },
} satisfies Record<string, ColumnSpec>;

export const MENTOR_COLUMNS: ColumnSpec[] = [
  common.id,
  { key: 'fio', header: 'ФИО', aliases: [...FIO_ALIASES, 'ФИО наставника', 'Наставник'], type: 'text', required: true, width: 220, note: 'Фамилия Имя Отчество наставника' },
  common.category,
  common.organization,
  common.position,
  { key: 'subjects', header: 'Предмет(ы) / направление', aliases: ['Предмет', 'Предметы', 'Направление', 'Предмет / направление'], type: 'tags', catalogue: 'subjects', multiple: true, width: 180, note: 'Предметы или направления через «;» (из «Справочников» или свои)' },
  common.experience,
  { key: 'qualification', header: 'Квалификационная категория', aliases: ['Категория (квалификационная)', 'Квалификация'], type: 'choice', catalogue: 'qualifications', note: 'Из «Справочников»' },
  { key: 'competencies', header: 'Компетенции', aliases: ['Компетенции наставника', 'Сильные стороны'], type: 'tags', catalogue: 'competencies', multiple: true, width: 240, note: 'В чём наставник может помочь, через «;». Сравниваются с дефицитами наставляемых — пишите теми же словами, что в «Справочниках»' },
  { key: 'achievements', header: 'Достижения', type: 'text', note: 'Конкурсы, публикации, награды' },
  { key: 'interests', header: 'Интересы', type: 'tags', note: 'Интересы через «;»' },
  { key: 'wishedCategories', header: 'Желаемая категория наставляемых', aliases: ['Категория наставляемых'], type: 'tags', catalogue: 'categories', multiple: true, note: 'С кем готов работать, через «;». Пусто — с любыми' },
  { key: 'wishedAge', header: 'Желаемый возраст наставляемых', aliases: ['Возраст наставляемых'], type: 'text', note: 'Диапазон лет «22–35» или «12-14». Пусто — любой' },
  common.times,
  { key: 'forms', header: 'Формы наставничества', aliases: ['Формы', 'Готов работать в формах', 'Форма наставничества'], type: 'tags', catalogue: 'forms', multiple: true, required: true, width: 200, note: 'Формы, в которых готов работать, через «;» (из «Справочников»)' },
  { key: 'loadLimit', header: 'Лимит наставляемых', aliases: ['Лимит', 'Максимум наставляемых'], type: 'int', min: 0, max: 50, note: 'Сколько наставляемых одновременно. Пусто — общий лимит из «Настроек»' },
  common.email,
  common.consent,
  common.status,
  { key: 'assigned', header: 'Наставляемые', aliases: ['Текущие наставляемые'], type: 'text', width: 220, note: 'Заполняется при утверждении пар' },
  { key: 'caseLink', header: 'Ссылка на кейс / отзыв', aliases: ['Кейс', 'Отзыв'], type: 'text', note: 'Ссылка на описание практики или отзыв' },
];

export const MENTEE_COLUMNS: ColumnSpec[] = [
  common.id,
  { key: 'fio', header: 'ФИО', aliases: [...FIO_ALIASES, 'ФИО наставляемого', 'Наставляемый'], type: 'text', required: true, width: 220, note: 'Фамилия Имя Отчество наставляемого' },
  common.category,
  common.organization,
  common.position,
  { key: 'subjects', header: 'Предмет', aliases: ['Предметы', 'Предмет(ы)', 'Предмет(ы) / направление', 'Направление'], type: 'tags', catalogue: 'subjects', multiple: true, width: 180, note: 'Предмет или направление через «;»' },
  common.experience,
  { key: 'age', header: 'Возраст', aliases: ['Возраст (лет)', 'Полных лет'], type: 'int', min: 5, max: 90, note: 'Полных лет. До 18 — согласие даёт законный представитель' },
  { key: 'deficits', header: 'Дефициты / запрос', aliases: ['Профессиональные дефициты', 'Ключевой запрос', 'Запрос', 'Дефициты'], type: 'tags', catalogue: 'competencies', multiple: true, required: true, width: 240, note: 'Ключевой запрос и профессиональные дефициты через «;» — теми же словами, что компетенции наставников' },
  { key: 'entryDate', header: 'Дата вхождения в программу', aliases: ['Дата вхождения', 'Дата включения'], type: 'date', note: 'дд.мм.гггг' },
  { key: 'wantedForm', header: 'Желаемая форма', aliases: ['Форма наставничества', 'Форма'], type: 'choice', catalogue: 'forms', required: true, width: 180, note: 'Форма наставничества (из «Справочников»)' },
  common.times,
  common.email,
  { key: 'representative', header: 'Законный представитель', aliases: ['ФИО законного представителя', 'Родитель (законный представитель)'], type: 'text', note: 'Для несовершеннолетнего: ФИО законного представителя' },
  common.consent,
  { key: 'representativeConsent', header: 'Согласие законного представителя (дата)', aliases: ['Согласие законного представителя', 'Согласие родителя'], type: 'date', note: 'Для несовершеннолетнего: дата согласия законного представителя на обработку ПДн' },
  common.status,
  { key: 'mentor', header: 'Наставник', aliases: ['Текущий наставник'], type: 'text', width: 220, note: 'Заполняется при утверждении пар' },
  { key: 'results', header: 'Результаты', type: 'text', note: 'Итоги работы в паре' },
  { key: 'endDate', header: 'Дата завершения', type: 'date', note: 'дд.мм.гггг' },
];

export const MENTOR_LAYOUT: SheetLayout = { sheet: MENTORS_SHEET, columns: MENTOR_COLUMNS, frozenColumns: 2 };
export const MENTEE_LAYOUT: SheetLayout = { sheet: MENTEES_SHEET, columns: MENTEE_COLUMNS, frozenColumns: 2 };
