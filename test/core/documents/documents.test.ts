import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cell';
import { buildAnalyticReport } from '../../../src/core/documents/analytic-report';
import { buildPlanDocument, buildPlansDocument, planSubjects } from '../../../src/core/documents/individual-plan';
import { readDocumentInput } from '../../../src/core/documents/inputs';
import { plainText } from '../../../src/core/documents/plain-text';
import { readReportData, readSwot } from '../../../src/core/documents/report-data';
import { buildRoadmapDocument } from '../../../src/core/documents/roadmap-document';
import { settingsGrid } from '../roadmap/memory-workbook';
import { ANSWERS_GRID, INDICATORS_GRID, NOW, SCHOOL, SCHOOL_SETTINGS, SWOT_GRID, schoolWithRoadmap } from './fixture';

function input(extra = {}) {
  return readDocumentInput(schoolWithRoadmap(extra), NOW);
}

describe('Индивидуальный план развития', () => {
  const data = input();
  const subjects = planSubjects(data);

  it('is made for each mentee of an approved pair', () => {
    expect(subjects.map((s) => s.mentee.fio)).toEqual([
      'Белова Анна Сергеевна',
      'Никитин Денис Олегович',
      'Соколов Артём Дмитриевич',
      'Морозов Кирилл Сергеевич',
    ]);
  });

  it('carries the pair, deficits, measurable goals dated inside the term, and signatures', () => {
    const text = plainText(buildPlanDocument(subjects[0], data.roadmap, data.settings, 2026));
    expect(text).toContain('Индивидуальный план развития молодого специалиста');
    expect(text).toContain('Наставляемый: Белова Анна Сергеевна, учитель математики');
    expect(text).toContain('Наставник: Смирнова Ольга Петровна, учитель математики');
    expect(text).toContain('Форма наставничества: учитель – учитель / опытный педагог – молодой специалист');
    expect(text).toContain('1. Профессиональные дефициты и запрос наставляемого');
    expect(text).toContain('методика урока; дисциплина на уроке');
    expect(text).toContain('№ | Цель и шаги / встреча | Срок | Измеримый результат | Отметка');
    expect(
      text.some(
        (l) => l.startsWith('Совершенствовать методику проведения урока') || l.includes('| Совершенствовать методику'),
      ),
    ).toBe(true);
    // the goal's month (5) counts from the pair's start, 01.10.2026; the final meeting is the roadmap's exit questionnaire
    expect(text.some((l) => l.includes('| до 01.03.2027 | Проведён открытый урок'))).toBe(true);
    expect(text.some((l) => l.includes('Итоговая встреча') && l.includes('10.04.2027 –\n31.05.2027'))).toBe(true);
    expect(text).toContain('Наставник ____________ Смирнова О. П.');
    expect(text).toContain('Наставляемый ____________ Белова А. С.');
    expect(text).toContain('Куратор программы ____________ Петрова А. С.');
  });

  it('writes a pupil’s plan about the pupil’s request, never about professional deficits', () => {
    const text = plainText(buildPlanDocument(subjects[2], data.roadmap, data.settings, 2026)).join('\n');
    expect(text).toContain('Индивидуальный план наставничества обучающегося');
    expect(text).toContain('Обучающийся: Соколов Артём Дмитриевич, 8 «Б» класс');
    expect(text).toContain('1. Запрос обучающегося');
    expect(text).toContain('Повысить интерес к учёбе и успеваемость');
    expect(text).not.toContain('Профессиональные дефициты');
    expect(text).not.toContain('дефицит');
  });

  it('keeps the signature block with the plan: the table and every signature but the last keep with the next', () => {
    const blocks = buildPlanDocument(subjects[0], data.roadmap, data.settings, 2026).blocks;
    const first = blocks.findIndex((b) => b.kind === 'signature');
    expect(blocks[first - 2]).toMatchObject({ kind: 'table', keepWithNext: true });
    expect(blocks[first - 1]).toMatchObject({ kind: 'paragraph', keepWithNext: true });
    const signatures = blocks.slice(first);
    expect(signatures.map((b) => b.kind === 'signature' && b.keepWithNext)).toEqual([true, true, false]);
  });

  it('adds the legal representative’s signature for a minor', () => {
    const text = plainText(buildPlanDocument(subjects[2], data.roadmap, data.settings, 2026));
    expect(text).toContain('Законный представитель ____________ Соколова Е. П.');
  });

  it('puts every mentee on its own page in the single document', () => {
    const model = buildPlansDocument(subjects, data.roadmap, data.settings, 2026);
    expect(model.blocks.filter((b) => b.kind === 'pageBreak')).toHaveLength(subjects.length - 1);
  });
});

describe('Аналитический отчёт', () => {
  it('reports aggregates, indicators, forms, monitoring, SWOT and targeted recommendations without names', () => {
    const data = input();
    const report = readReportData(
      schoolWithRoadmap({ Показатели: INDICATORS_GRID, SWOT: SWOT_GRID, Ответы: ANSWERS_GRID }),
      NOW,
    );
    const text = plainText(buildAnalyticReport(report, data.settings, NOW));
    expect(text).toContain('Аналитический отчёт о реализации программы наставничества');
    expect(text).toContain('Наставников: 3, наставляемых: 6.');
    expect(text).toContain('Наставнических пар и групп: 5 (действуют — 4, завершены — 0, расторгнуты — 1).');
    expect(text).toContain('Доля молодых специалистов, имеющих наставника | % | 100 % | 75 % | не достигнут');
    expect(text).toContain('Показатель | Ед. изм. | План 2026/27 | Факт | Статус');
    expect(text.filter((l) => l.startsWith('Публикации'))).toHaveLength(1);
    expect(text).toContain('учитель – учитель | 2 | 0 | 2 | 0');
    expect(text).toContain('учитель – ученик | 1 | 1 | 2 | 0');
    expect(text).toContain('учитель – учитель | менее 3 чел. | менее 3 чел. | менее 3 чел.');
    expect(text).toContain('учитель – ученик | менее 3 чел. | менее 3 чел. | менее 3 чел.');
    expect(text.find((l) => l.startsWith('Ответили на входе и на выходе'))).toBe(
      'Ответили на входе и на выходе: 3 участника. Средний балл на входе — 6, на выходе — 7,3; улучшили результат 67 % участников.',
    );
    expect(text).toContain('Наставники высоко оценены | Мало встреч в форме «учитель – ученик»');
    expect(text).toContain('Сетевое наставничество с гимназией № 2 | Перегрузка наставников');
    const advice = text.slice(text.indexOf('6. Выводы и адресные рекомендации'));
    // a form of one or two respondents is neither printed nor named in a recommendation
    expect(advice.some((l) => l.startsWith('В форме «'))).toBe(false);
    expect(advice.some((l) => l.startsWith('Менее 3 наставляемых остаются без пары (формы: учитель – учитель).'))).toBe(
      true,
    );
    expect(text).toContain('Наставляемых без пары: менее 3 чел.');
    expect(
      advice.some((l) => l.includes('«Доля молодых специалистов, имеющих наставника» (план 100 %, факт 75 %)')),
    ).toBe(true);
    expect(advice.some((l) => l.startsWith('У 2 участников нет письменного согласия'))).toBe(true);
    expect(advice.some((l) => /^Просрочено \d+ мероприяти/.test(l))).toBe(true);
    for (const name of ['Белова', 'Смирнова', 'Соколов', 'Лебедева']) expect(text.join('\n')).not.toContain(name);
  });

  it('names overloaded mentors only when the setting allows it', () => {
    const base = input();
    const limited = (extra = {}) => {
      const workbook = schoolWithRoadmap(extra);
      const mentors = workbook.readSheet('Наставники') as Cell[][];
      mentors[1][mentors[0].indexOf('Лимит наставляемых')] = 1;
      workbook.writeBlock('Наставники', { row: 1, col: 1, values: mentors });
      return workbook;
    };
    const anonymous = plainText(buildAnalyticReport(readReportData(limited(), NOW), base.settings, NOW)).join('\n');
    expect(anonymous).toContain('1 наставник ведёт больше наставляемых, чем позволяет лимит.');
    expect(anonymous).not.toContain('Смирнова');
    const named = { Настройки: settingsGrid({ ...SCHOOL_SETTINGS, reportNamesMentors: 'да' }) };
    const withNames = input(named);
    const text = plainText(buildAnalyticReport(readReportData(limited(named), NOW), withNames.settings, NOW)).join(
      '\n',
    );
    expect(text).toContain('Смирнова О. П. (2 при лимите 1)');
  });

  it('says «нет данных» where the indicators, SWOT and answers are missing', () => {
    const data = input();
    const text = plainText(buildAnalyticReport(readReportData(schoolWithRoadmap(), NOW), data.settings, NOW));
    expect(text).toContain('Нет данных: показатели не рассчитаны (лист «Показатели»).');
    expect(text).toContain('Нет данных: SWOT-анализ не сформирован (лист «SWOT»).');
    expect(text.filter((l) => l === 'Нет данных.')).toHaveLength(2);
  });

  it('reads SWOT quadrants from a column layout as well', () => {
    expect(
      readSwot([
        ['Сильные стороны', 'Слабые стороны', 'Возможности', 'Угрозы'],
        ['а', 'б', 'в', 'г'],
        ['д', null, null, null],
      ]),
    ).toEqual({
      strengths: ['а', 'д'],
      weaknesses: ['б'],
      opportunities: ['в'],
      threats: ['г'],
    });
  });
});

describe('Дорожная карта как документ', () => {
  it('is landscape with the approval block and every roadmap row', () => {
    const data = input();
    const model = buildRoadmapDocument(data.roadmap, data.settings, 2026);
    const text = plainText(model);
    expect(model.landscape).toBe(true);
    expect(text.slice(0, 2)).toEqual(['УТВЕРЖДАЮ', 'Директор ____________ С. Н. Громов']);
    expect(text).toContain(`${SCHOOL} на 2026/2027 учебный год`);
    expect(text.filter((l) => /^\d+ \| /.test(l))).toHaveLength(data.roadmap.length);
    expect(
      text.some((l) => l.includes('15.10.2026 – 25.10.2026') && l.includes('Формирование наставнических пар')),
    ).toBe(true);
    expect(text.every((l) => !l.includes('запланировано'))).toBe(true);
    const marked = data.roadmap.map((r, i) =>
      i === 0 ? { ...r, status: 'выполнено', mark: 'Приказ № 12 от 01.09.2026' } : r,
    );
    const first = plainText(buildRoadmapDocument(marked, data.settings, 2026)).find((l) => l.startsWith('1 | '));
    expect(first).toMatch(/ \| выполнено: Приказ № 12 от 01\.09\.2026$/);
  });
});
