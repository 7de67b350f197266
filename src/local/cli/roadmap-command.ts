import { generateRoadmapUseCase } from '../../core/usecases/roadmap';
import { UsageError } from './args';
import type { WorkbookCommand } from './command';

const OPTIONS: Record<string, string> = {
  template: 'шаблон с листа «Шаблоны дорожной карты» (по умолчанию — из «Настроек» или по формам в базах)',
  year: 'учебный год — год его начала, например 2026 (по умолчанию — из «Настроек»); для программы со сроками в «Настройках» не нужен: карта строится на весь срок',
};

export const roadmapCommand: WorkbookCommand = {
  name: 'roadmap',
  summary:
    'Сформировать дорожную карту: мероприятия шаблона на срок программы (учебный год, несколько лет или календарный год), график по месяцам, просрочки',
  usage: 'nastavnik roadmap <книга.xlsx> [--template "Школа: педагоги"] [--year 2026] [--out файл.xlsx]',
  options: OPTIONS,
  run: (env, args) => {
    const result = generateRoadmapUseCase(env, {
      template: args.text('template'),
      academicYear: args.has('year') ? args.integer('year', 0, 2000, 2100) : undefined,
    });
    // an option that contradicts «Настройки» is the caller's mistake: a non-zero exit, the book untouched
    if (result.figures?.refused === 'year') throw new UsageError(result.lines.join(' '));
    return result;
  },
};
