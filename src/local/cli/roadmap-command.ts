import { generateRoadmapUseCase } from '../../core/usecases/roadmap';
import type { WorkbookCommand } from './command';

const OPTIONS: Record<string, string> = {
  template: 'шаблон с листа «Шаблоны дорожной карты» (по умолчанию — из «Настроек» или по формам в базах)',
  year: 'учебный год — год его начала, например 2026 (по умолчанию — из «Настроек»)',
};

export const roadmapCommand: WorkbookCommand = {
  name: 'roadmap',
  summary:
    'Сформировать дорожную карту: мероприятия шаблона программы с датами учебного года, график по месяцам, просрочки',
  usage: 'nastavnik roadmap <книга.xlsx> [--template "Школа: педагоги"] [--year 2026] [--out файл.xlsx]',
  options: OPTIONS,
  run: (env, args) =>
    generateRoadmapUseCase(env, {
      template: args.text('template'),
      academicYear: args.has('year') ? args.integer('year', 0, 2000, 2100) : undefined,
    }),
};
