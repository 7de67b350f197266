import type { Locale } from '../ports';
import { countText } from './russian';

export type DocumentKind = 'order' | 'plans' | 'report' | 'roadmap';

/** What «Документы» tells the user (the documents themselves are always Russian). */
export interface DocumentMessages {
  jobTitle: string;
  doneTitle: string;
  noHost: string;
  kind: Record<DocumentKind, string>;
  planned(kind: DocumentKind, count: number): string;
  quotaWarning(count: number, consumer: number, workspace: number): string;
  created(count: number, sheet: string): string;
  creating(name: string): string;
  orderSkipped(pairsSheet: string): string;
  order(units: number, pairsSheet: string, linked: number): string;
  orderExcluded(count: number): string;
  orderToCheck(count: number): string;
  noPlans: string;
  plansTogether(mentees: number, documents: number, organizations: number): string;
  planGoalsSeeded(sheet: string): string;
  plansSeparate(mentees: number): string;
  report(indicators: number | null, swot: boolean): string;
  roadmap(events: number): string;
}

const RU: DocumentMessages = {
  jobTitle: 'Документы',
  doneTitle: 'Документы созданы',
  noHost: 'Здесь нельзя создавать документы: нет доступа к Google Документам или к папке для файлов.',
  kind: {
    order: 'Приказ «Об утверждении наставнических пар (групп)»',
    plans: 'Индивидуальные планы развития',
    report: 'Аналитический отчёт',
    roadmap: 'Дорожная карта (документ)',
  },
  planned: (kind, count) => `${RU.kind[kind]}: ${countText(count, 'документ', 'документа', 'документов')}`,
  quotaWarning: (count, consumer, workspace) =>
    `Будет создано ${countText(count, 'документ', 'документа', 'документов')} Google. Google разрешает создавать не более ${consumer} документов в день для обычного аккаунта и ${workspace} — для Google Workspace. Продолжить?`,
  created: (count, sheet) =>
    `Создано ${countText(count, 'документ', 'документа', 'документов')}; ссылки — на листе «${sheet}».`,
  creating: (name) => `Создаётся: ${name}`,
  orderSkipped: (sheet) =>
    `Приказ не создан: на листе «${sheet}» нет действующих пар, все участники которых дали согласие на обработку персональных данных. Сначала утвердите пары.`,
  order: (units, sheet, linked) =>
    `Приказ: ${countText(units, 'пара (группа)', 'пары (группы)', 'пар (групп)')}; ссылка записана в «${sheet}» → «Приказ» (${countText(linked, 'строка', 'строки', 'строк')}).`,
  orderExcluded: (count) => `Не включены в приказ: ${count} (причины — на листе «Проблемы»).`,
  orderToCheck: (count) =>
    `Проверьте перед подписью: ${countText(count, 'замечание', 'замечания', 'замечаний')} к приказу (сроки, Положение, подписант) — на листе «Проблемы».`,
  noPlans: 'Индивидуальные планы: нет действующих пар с согласием участников.',
  plansTogether: (n, documents, organizations) =>
    documents > 1
      ? `Индивидуальные планы: ${countText(n, 'наставляемый', 'наставляемых', 'наставляемых')} в ${documents} документах${organizations > 1 ? ` — у каждой из ${organizations} организаций свои` : ''}, каждый наставляемый с новой страницы.`
      : `Индивидуальные планы: ${countText(n, 'наставляемый', 'наставляемых', 'наставляемых')} в одном документе.`,
  planGoalsSeeded: (sheet) =>
    `Цели планов взяты из нового листа «${sheet}»: правьте формулировки, результаты и сроки там, планы возьмут их при следующем запуске.`,
  plansSeparate: (n) =>
    `Индивидуальные планы: отдельный документ на каждого из ${countText(n, 'наставляемого', 'наставляемых', 'наставляемых')}.`,
  report: (indicators, swot) =>
    `Аналитический отчёт: ${indicators !== null ? `${indicators} показателей` : 'показатели — нет данных'}, SWOT — ${swot ? 'есть' : 'нет данных'}.`,
  roadmap: (events) =>
    events > 0
      ? `Дорожная карта: ${countText(events, 'мероприятие', 'мероприятия', 'мероприятий')} (альбомная ориентация).`
      : 'Дорожная карта ещё не сформирована — документ пустой.',
};

const EN: DocumentMessages = {
  jobTitle: 'Documents',
  doneTitle: 'Documents created',
  noHost: 'Documents cannot be created here: there is no access to Google Docs or to a folder for the files.',
  kind: {
    order: 'Order approving the mentoring pairs (groups)',
    plans: 'Individual development plans',
    report: 'Analytic report',
    roadmap: 'Roadmap (document)',
  },
  planned: (kind, count) => `${EN.kind[kind]}: ${count} document${count === 1 ? '' : 's'}`,
  quotaWarning: (count, consumer, workspace) =>
    `${count} Google Docs will be created. Google allows at most ${consumer} new documents a day for a personal account and ${workspace} for Google Workspace. Continue?`,
  created: (count, sheet) =>
    `Created ${count} document${count === 1 ? '' : 's'}; the links are on the sheet «${sheet}».`,
  creating: (name) => `Creating: ${name}`,
  orderSkipped: (sheet) =>
    `The order was not created: the sheet «${sheet}» has no active pairs whose participants all consented to personal-data processing. Approve the pairs first.`,
  order: (units, sheet, linked) =>
    `Order: ${units} pairs (groups); the link is written to «${sheet}» → «Приказ» (${linked} rows).`,
  orderExcluded: (count) => `Left out of the order: ${count} (reasons on the sheet «Проблемы»).`,
  orderToCheck: (count) =>
    `Check before signing: ${count} remark${count === 1 ? '' : 's'} on the order (terms, regulation, signatory) on the sheet «Проблемы».`,
  noPlans: 'Individual plans: no active pairs with the participants’ consent.',
  plansTogether: (n, documents, organizations) =>
    documents > 1
      ? `Individual plans: ${n} mentees in ${documents} documents${organizations > 1 ? `, one set per organization (${organizations})` : ''}, a page each.`
      : `Individual plans: ${n} mentees in one document.`,
  planGoalsSeeded: (sheet) =>
    `Plan goals come from the new sheet «${sheet}»: edit wording, results and terms there for the next run.`,
  plansSeparate: (n) => `Individual plans: a separate document for each of ${n} mentees.`,
  report: (indicators, swot) =>
    `Analytic report: ${indicators !== null ? `${indicators} indicators` : 'indicators: no data'}, SWOT: ${swot ? 'yes' : 'no data'}.`,
  roadmap: (events) =>
    events > 0
      ? `Roadmap: ${events} events (landscape pages).`
      : 'The roadmap is not generated yet: the document is empty.',
};

export function documentMessages(locale: Locale): DocumentMessages {
  return locale === 'en' ? EN : RU;
}
