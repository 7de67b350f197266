import type { SettingSpec } from './setting';

const PROGRAM = 'Программа';
const PARTICIPANTS = 'Участники';

export const BASE_SETTINGS: SettingSpec[] = [
  { key: 'organizationName', section: PROGRAM, label: 'Название организации', type: 'text', default: '', description: 'Полное название, как в приказах' },
  { key: 'municipality', section: PROGRAM, label: 'Муниципалитет / город', type: 'text', default: '', description: 'Для шапки документов' },
  { key: 'academicYear', section: PROGRAM, label: 'Учебный год (год начала)', type: 'int', default: 2026, description: 'Например, 2026 для 2026/2027 учебного года', min: 2000, max: 2100 },
  { key: 'directorName', section: PROGRAM, label: 'Директор (ФИО)', type: 'text', default: '', description: 'Подписывает приказы' },
  { key: 'curatorName', section: PROGRAM, label: 'Куратор программы (ФИО)', type: 'text', default: '', description: 'Назначается приказом' },
  { key: 'methodistName', section: PROGRAM, label: 'Методист (ФИО)', type: 'text', default: '', description: 'Ответственный за методическое сопровождение' },
  { key: 'mentorLoadLimit', section: PARTICIPANTS, label: 'Лимит наставляемых на наставника', type: 'int', default: 3, description: 'Можно переопределить для наставника в его строке базы', min: 1, max: 50 },
  { key: 'youngSpecialistMaxExperience', section: PARTICIPANTS, label: 'Молодой специалист: стаж не более (лет)', type: 'int', default: 3, description: 'Стаж педагогической работы', min: 0, max: 10 },
  { key: 'youngSpecialistMaxAge', section: PARTICIPANTS, label: 'Молодой специалист: возраст до (лет)', type: 'int', default: 35, description: 'Возраст включительно', min: 18, max: 60 },
  { key: 'adultAge', section: PARTICIPANTS, label: 'Совершеннолетие (лет)', type: 'int', default: 18, description: 'Младше — согласие на обработку ПДн даёт законный представитель', min: 14, max: 21 },
  { key: 'maxExperienceYears', section: PARTICIPANTS, label: 'Проверка: наибольший стаж (лет)', type: 'int', default: 60, description: 'Больший стаж считается опечаткой', min: 30, max: 80 },
];
