import type { Locale } from '../ports';

/** What «Показатели» and «SWOT-анализ» tell the user when they finish (sheet contents stay Russian). */
export function indicatorMessages(locale: Locale) {
  const ru = locale !== 'en';
  return {
    indicatorsTitle: ru ? 'Показатели' : 'Indicators',
    progressIndicators: ru ? 'Считаю показатели…' : 'Computing indicators…',
    indicatorsSummary(total: number, year: number, achieved: number, notAchieved: number, noData: number): string {
      return ru
        ? `На листе «Показатели» ${total} показателей (план на ${year}): достигнуто ${achieved}, не достигнуто ${notAchieved}, нет данных ${noData}.`
        : `Sheet «Показатели» holds ${total} indicators (plan for ${year}): ${achieved} achieved, ${notAchieved} not achieved, ${noData} without data.`;
    },
    breakdowns: ru
      ? 'Ниже таблицы — разрезы по организациям и формам; лист «Сводка» обновлён.'
      : 'Below the table: breakdowns by organization and by form; sheet «Сводка» (summary) updated.',
    noChart: ru
      ? 'Диаграмма здесь недоступна — план и факт показаны полосами в столбце «Факт / план».'
      : 'Charts are not available here: plan vs fact is shown as bars in column «Факт / план».',
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
