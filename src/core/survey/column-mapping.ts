/**
 * Maps the columns of a response sheet (or an exported CSV) to template items by title.
 * Order is free; a question renamed in the form still maps (its Forms item id, the other wave's
 * wording, or a close enough title); columns that fit nothing are reported, never dropped.
 */
import { type Cell, cellText } from '../cell';
import { headerKey } from '../text/normalize';
import type { SurveyItem, SurveyTemplate } from './template';

export type ColumnRole =
  | { kind: 'timestamp' }
  | { kind: 'email' }
  | { kind: 'responseId' }
  | { kind: 'item'; code: string; how: 'title' | 'form-item' | 'similar'; similarity?: number }
  | { kind: 'ignored' }
  | { kind: 'unknown'; header: string };

const TIMESTAMP_TITLES = [
  'Отметка времени',
  'Timestamp',
  'Время создания',
  'Дата и время',
  'Время отправки',
  'Дата',
  'Submitted at',
];
const EMAIL_TITLES = [
  'Адрес электронной почты',
  'Email Address',
  'Email',
  'E-mail',
  'Электронная почта',
  'Эл. почта',
  'Почта',
  'Адрес эл. почты',
];
const RESPONSE_ID_TITLES = ['ID', 'ID ответа', 'Response ID', 'Идентификатор ответа'];
/** Service columns of exports that carry no answer (Google quizzes, Yandex Forms). */
const IGNORED_TITLES = [
  'Баллы',
  'Score',
  'Время изменения',
  'Время редактирования',
  'Статус',
  'Ссылка на ответ',
  'IP',
  'User agent',
];

/** Below this similarity a renamed title is not trusted. */
export const SIMILARITY_THRESHOLD = 0.6;

export interface ColumnMapping {
  roles: ColumnRole[];
  /** Items of the template no column answers (report them: a question deleted from the form?). */
  missing: SurveyItem[];
}

/**
 * @param knownTitles current form titles of items created by the add-on (title → item code).
 */
export function mapColumns(
  header: readonly Cell[],
  template: SurveyTemplate,
  knownTitles: ReadonlyMap<string, string> = new Map(),
): ColumnMapping {
  const byTitle = new Map<string, string>();
  for (const item of template.items) {
    for (const title of [item.title, item.exitTitle, item.code]) {
      if (title && !byTitle.has(headerKey(title))) byTitle.set(headerKey(title), item.code);
    }
  }
  const known = new Map([...knownTitles].map(([title, code]) => [headerKey(title), code]));
  const special = (titles: string[], key: string) => titles.some((title) => headerKey(title) === key);
  const roles: ColumnRole[] = [];
  const used = new Set<string>();
  const pending: number[] = [];
  const seen = new Set<string>();
  const serviceRole = (key: string): ColumnRole | undefined => {
    const services: Array<[ColumnRole, string[]]> = [
      [{ kind: 'timestamp' }, TIMESTAMP_TITLES],
      [{ kind: 'email' }, EMAIL_TITLES],
      [{ kind: 'responseId' }, RESPONSE_ID_TITLES],
    ];
    for (const [role, titles] of services) {
      if (!seen.has(role.kind) && special(titles, key)) {
        seen.add(role.kind);
        return role;
      }
    }
    return special(IGNORED_TITLES, key) ? { kind: 'ignored' } : undefined;
  };
  header.forEach((cell, i) => {
    const text = cellText(cell);
    const key = headerKey(text);
    const code = key === '' ? undefined : (known.get(key) ?? byTitle.get(key));
    if (code !== undefined && !used.has(code)) {
      used.add(code);
      roles[i] = { kind: 'item', code, how: known.has(key) && !byTitle.has(key) ? 'form-item' : 'title' };
      return;
    }
    const service = key === '' ? { kind: 'ignored' as const } : serviceRole(key);
    if (service) {
      roles[i] = service;
      return;
    }
    roles[i] = { kind: 'unknown', header: text };
    pending.push(i);
  });
  matchSimilar(header, template, roles, pending, used);
  const missing = template.items.filter((item) => !used.has(item.code) && !item.disabled);
  return { roles, missing };
}

/** Greedy one-to-one matching of the leftover columns to the leftover items, best pairs first. */
function matchSimilar(
  header: readonly Cell[],
  template: SurveyTemplate,
  roles: ColumnRole[],
  pending: number[],
  used: Set<string>,
): void {
  const candidates: Array<{ column: number; code: string; score: number }> = [];
  for (const column of pending) {
    for (const item of template.items) {
      if (used.has(item.code)) continue;
      const score = Math.max(
        ...[item.title, item.exitTitle ?? ''].map((title) => similarity(cellText(header[column]), title)),
      );
      if (score >= SIMILARITY_THRESHOLD) candidates.push({ column, code: item.code, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const taken = new Set<number>();
  for (const candidate of candidates) {
    if (taken.has(candidate.column) || used.has(candidate.code)) continue;
    taken.add(candidate.column);
    used.add(candidate.code);
    roles[candidate.column] = {
      kind: 'item',
      code: candidate.code,
      how: 'similar',
      similarity: Math.round(candidate.score * 100) / 100,
    };
  }
}

/** Dice coefficient of character bigrams of the normalized titles (0…1). */
export function similarity(a: string, b: string): number {
  const x = bigrams(headerKey(a).replace(/[?!]/g, ''));
  const y = bigrams(headerKey(b).replace(/[?!]/g, ''));
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  let total = 0;
  for (const [gram, count] of x) {
    common += Math.min(count, y.get(gram) ?? 0);
    total += count;
  }
  for (const count of y.values()) total += count;
  return (2 * common) / total;
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const gram = text.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}
