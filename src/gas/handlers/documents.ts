import type { Env } from '../../core/ports';
import { createDocuments, type DocumentKind, plannedDocuments, quotaWarning } from '../../core/usecases/documents';
import { type AppsScriptServices, appsScriptGlobals } from '../apps-script-api';
import { type DocumentAppApi, documentAppGlobal, GoogleDocuments } from '../docs-renderer';
import { userLocale } from '../host-services';
import { runMenuAction, runServerAction } from '../run-action';

/** The key of the paused «Документы» job in RESUMABLE_ACTIONS. */
export const DOCUMENTS_RESUME_KEY = 'documents';

/** The Env of a documents run: the spreadsheet's Env plus Google Docs. */
export function withGoogleDocs(env: Env, app: DocumentAppApi = documentAppGlobal()): Env {
  return { ...env, documents: new GoogleDocuments(app) };
}

/**
 * Says how many Google Docs will be made; when more than one, asks to confirm with the daily
 * quota warning. Then creates them under the document lock; a run that reaches the time limit
 * continues in the progress dialog (resumable job). The time budget counts from the start of this
 * handler: the confirmation's time is part of the same 6-minute execution.
 */
export function runDocumentsMenu(
  title: string,
  kinds: readonly DocumentKind[],
  services: AppsScriptServices = appsScriptGlobals(),
  app: DocumentAppApi = documentAppGlobal(),
): void {
  const startedAt = services.clock.now();
  const ui = services.spreadsheetApp.getUi();
  const planned = runServerAction(title, (env) => plannedDocuments(env, kinds), { startedAt }, services);
  if (!planned.ok) {
    ui.alert(title, planned.message, ui.ButtonSet.OK);
    return;
  }
  if (planned.value.count > 1) {
    const warning = quotaWarning(planned.value.count, userLocale(services.session));
    const answer = ui.alert(title, [...planned.value.lines, '', warning].join('\n'), ui.ButtonSet.YES_NO);
    if (String(answer) !== 'YES') return;
  }
  runMenuAction(
    title,
    (env) => createDocuments(withGoogleDocs(env, app), kinds),
    { lock: true, resumeAs: DOCUMENTS_RESUME_KEY, startedAt },
    services,
  );
}

/** Расширения → Наставник → Документы: приказ о парах. */
export function menuDocumentOrder(): void {
  runDocumentsMenu('Приказ об утверждении пар', ['order']);
}

/** Расширения → Наставник → Документы: индивидуальные планы. */
export function menuDocumentPlans(): void {
  runDocumentsMenu('Индивидуальные планы развития', ['plans']);
}

/** Расширения → Наставник → Документы: аналитический отчёт. */
export function menuDocumentReport(): void {
  runDocumentsMenu('Аналитический отчёт', ['report']);
}

/** Расширения → Наставник → Документы: дорожная карта. */
export function menuDocumentRoadmap(): void {
  runDocumentsMenu('Дорожная карта (документ)', ['roadmap']);
}
