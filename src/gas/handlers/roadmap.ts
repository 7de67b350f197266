import { generateRoadmapUseCase } from '../../core/usecases/roadmap';
import { type AppsScriptServices, appsScriptGlobals } from '../apps-script-api';
import { runMenuAction } from '../run-action';

/** Расширения → Наставник → Сформировать дорожную карту (template and year from «Настройки»). */
export function menuGenerateRoadmap(): void {
  generateRoadmap(appsScriptGlobals());
}

export function generateRoadmap(services: AppsScriptServices): void {
  runMenuAction('Сформировать дорожную карту', (env) => generateRoadmapUseCase(env), { lock: true }, services);
}
