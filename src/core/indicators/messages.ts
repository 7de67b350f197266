import type { Locale } from '../ports';

/** What «Показатели» and «SWOT-анализ» tell the user when they finish (sheet contents stay Russian). */
export function indicatorMessages(locale: Locale) {
  const ru = locale !== 'en';
  return {
    indicatorsTitle: ru ? 'Показатели' : 'Indicators',
    progressIndicators: ru ? 'Считаю показатели…' : 'Computing indicators…',
    /** `year` as the plan columns name it: «2026/27», «2023». */
    indicatorsSummary(total: number, year: string, achieved: number, notAchieved: number, noData: number): string {
      return ru
        ? `На листе «Показатели» ${total} показателей (план на ${year}): достигнуто ${achieved}, не достигнуто ${notAchieved}, нет данных ${noData}.`
        : `Sheet «Показатели» holds ${total} indicators (plan for ${year}): ${achieved} achieved, ${notAchieved} not achieved, ${noData} without data.`;
    },
    breakdowns: ru
      ? 'Ниже таблицы — разрезы по организациям и формам; лист «Сводка» обновлён.'
      : 'Below the table: breakdowns by organization and by form; sheet «Сводка» (summary) updated.',
    noChart: ru
      ? 'Диаграммы здесь не рисуются: их данные — в таблицах под показателями, выполнение плана — полосами в столбце «Факт / план».'
      : 'Charts cannot be drawn here: their data is in the tables below the indicators, plan fulfilment as bars in column «Факт / план».',
    chartsOmitted(titles: readonly string[]): string {
      const list = titles.map((title) => `«${title}»`).join(', ');
      return ru
        ? `Без диаграммы, пока нет данных: ${list}; прежняя диаграмма убрана и появится снова, когда данные будут.`
        : `No chart while there is no data: ${list}; the previous chart was removed and will return with the data.`;
    },
    noPlan(count: number, header: string): string {
      return ru
        ? `Без плана: ${count} — впишите план в столбец «${header}».`
        : `Without a plan: ${count} — type the plan into column «${header}».`;
    },
    whatToFill: ru
      ? 'Что заполнить для «нет данных» — в столбце «Источник» и на листе «Проблемы».'
      : 'What to fill in for «нет данных» (no data): see column «Источник» and sheet «Проблемы».',
    swotTitle: ru ? 'SWOT-анализ' : 'SWOT analysis',
    progressSwot: ru ? 'Собираю SWOT-анализ…' : 'Building the SWOT analysis…',
    swotCounts(generated: number, kept: number): string {
      return ru
        ? `Создано автоматически: ${generated}; записей куратора сохранено: ${kept}.`
        : `Generated: ${generated}; curator's entries kept: ${kept}.`;
    },
    swotNoIndicators: ru
      ? 'Лист «Показатели» ещё не рассчитан: выполните «Показатели», чтобы добавить в SWOT достигнутые и недостигнутые показатели.'
      : 'Sheet «Показатели» is not computed yet: run «Показатели» (Indicators) to add achieved and missed indicators to the SWOT.',
    swotNoAnswers: ru
      ? 'В «Ответах» пока нет ответов: загрузите анкеты (SWOT, удовлетворённость, мониторинг).'
      : 'Sheet «Ответы» has no answers yet: import the questionnaires (SWOT, satisfaction, monitoring).',
  };
}
