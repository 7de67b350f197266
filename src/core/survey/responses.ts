/**
 * Reads one response sheet (or export) into responses: each row → who answered and the value of
 * each template item. Bad values, unknown columns and unidentified people become problems; their
 * answers are still kept.
 */
import { type Cell, cellText, type Grid, isBlank } from '../cell';
import type { Problem } from '../problems/problem';
import { cleanText, personKey, textKey } from '../text/normalize';
import { parseEmail, parseNumber, parseYesNo } from '../text/parse';
import { type ColumnRole, mapColumns } from './column-mapping';
import { identify } from './respondents';
import { parseTimestamp, responseId } from './response-id';
import { organizationKey, type Roster, type RosterPerson } from './roster';
import { itemTitle, type SurveyItem, type SurveyTemplate, type TemplateWave } from './template';

/** Item code under which the respondent's e-mail (collected by the form) is stored in «Ответы». */
export const EMAIL_ITEM = 'email';
/** Prefix of item codes for columns that match no template item: kept, reported, never counted. */
export const UNKNOWN_ITEM_PREFIX = '?';

export interface Answer {
  code: string;
  value: string | number;
}

export interface ParsedResponse {
  responseId: string;
  timestamp: Date | null;
  /** 1-based row in the source sheet. */
  sheetRow: number;
  template: string;
  wave: string;
  email: string;
  fio: string;
  organization: string;
  participant: RosterPerson | null;
  answers: Answer[];
}

export interface ResponseSource {
  /** Stable source of ids: the Forms id, or «template:wave» for exported files. */
  sourceKey: string;
  /** Name shown in problems (the response sheet or the file). */
  sheetName: string;
  grid: Grid;
  template: SurveyTemplate;
  wave: string;
  /** Current form titles of the add-on's items (title → code). */
  knownTitles?: ReadonlyMap<string, string>;
}

export interface ParsedSource {
  responses: ParsedResponse[];
  problems: Problem[];
  mappedColumns: number;
  unknownColumns: string[];
}

export function parseResponses(source: ResponseSource, roster: Roster): ParsedSource {
  const { grid, template } = source;
  const problems: Problem[] = [];
  if (grid.length === 0) return { responses: [], problems, mappedColumns: 0, unknownColumns: [] };
  const header = grid[0];
  const mapping = mapColumns(header, template, source.knownTitles);
  const items = new Map(template.items.map((item) => [item.code, item]));
  const unknownColumns: string[] = [];
  mapping.roles.forEach((role, i) => {
    const title = cellText(header[i]);
    if (role.kind === 'unknown') {
      unknownColumns.push(title);
      problems.push({
        sheet: source.sheetName,
        row: 1,
        column: title,
        value: '',
        message: `Столбец не соответствует ни одному вопросу шаблона «${template.code}»: ответы сохранены в «Ответах» с кодом «${UNKNOWN_ITEM_PREFIX}${title}», но в статистику не входят. Если вопрос переименован, впишите новую формулировку в «Шаблоны анкет»`,
        severity: 'warning',
      });
    } else if (role.kind === 'item' && role.how === 'similar') {
      problems.push({
        sheet: source.sheetName,
        row: 1,
        column: title,
        value: '',
        message: `Формулировка изменена; столбец сопоставлен с вопросом «${role.code}» («${wordingOf(items.get(role.code), source.wave)}») по сходству ${Math.round((role.similarity ?? 0) * 100)}%. Проверьте`,
        severity: 'warning',
      });
    }
  });
  for (const item of mapping.missing.filter((m) => m.required)) {
    problems.push({
      sheet: source.sheetName,
      row: 1,
      column: null,
      value: item.code,
      message: `В ответах нет столбца обязательного вопроса «${wordingOf(item, source.wave)}» (${item.code}): вопрос удалён из формы?`,
      severity: 'warning',
    });
  }
  const role = template.role === 'any' ? undefined : template.role;
  const responses: ParsedResponse[] = [];
  grid.slice(1).forEach((row, i) => {
    if (row.every((cell) => isBlank(cell))) return;
    const parsed = parseRow(row, i + 2, mapping.roles, header, items, source, problems);
    const found = identify(roster, { email: parsed.email, fio: parsed.fio, organization: parsed.organization }, role);
    if (found.found) parsed.participant = found.person;
    else if (!template.code.startsWith('registration-')) {
      problems.push({
        sheet: source.sheetName,
        row: parsed.sheetRow,
        column: 'ФИО',
        value: parsed.fio || parsed.email,
        message: `Участник не опознан: ${found.reason}. Ответ сохранён без ID участника; исправьте базу или ответ и загрузите ответы снова`,
        severity: 'warning',
      });
    }
    responses.push(parsed);
  });
  const mappedColumns = mapping.roles.filter((r) => r.kind === 'item').length;
  return { responses, problems, mappedColumns, unknownColumns };
}

function parseRow(
  row: Cell[],
  sheetRow: number,
  roles: ColumnRole[],
  header: Cell[],
  items: Map<string, SurveyItem>,
  source: ResponseSource,
  problems: Problem[],
): ParsedResponse {
  let timestamp: Date | null = null;
  let ownId = '';
  let email = '';
  const answers: Answer[] = [];
  roles.forEach((role, col) => {
    const cell = row[col] ?? null;
    if (role.kind === 'timestamp') timestamp = parseTimestamp(cell);
    else if (role.kind === 'responseId') ownId = cellText(cell);
    else if (role.kind === 'email') {
      const parsed = parseEmail(cell);
      email = parsed.ok ? parsed.value : '';
    } else if (role.kind === 'item' && !isBlank(cell)) {
      const item = items.get(role.code) as SurveyItem;
      const value = answerValue(item, cell, () =>
        problems.push({
          sheet: source.sheetName,
          row: sheetRow,
          column: cellText(header[col]),
          value: cellText(cell),
          message: rangeMessage(item),
          severity: 'warning',
        }),
      );
      answers.push({ code: item.code, value });
    } else if (role.kind === 'unknown' && !isBlank(cell)) {
      answers.push({ code: `${UNKNOWN_ITEM_PREFIX}${role.header}`, value: asText(cell) });
    }
  });
  const answerOf = (column: string) => {
    const item = [...items.values()].find((it) => it.baseColumn === column || it.code === column);
    const answer = item ? answers.find((a) => a.code === item.code) : undefined;
    return answer ? cleanText(String(answer.value)) : '';
  };
  if (!email) {
    const typed = parseEmail(answerOf('email'));
    if (typed.ok) email = typed.value;
  }
  if (email && !answers.some((a) => a.code === EMAIL_ITEM)) answers.unshift({ code: EMAIL_ITEM, value: email });
  const fio = answerOf('fio');
  const organization = answerOf('organization');
  if (!timestamp && !ownId) {
    problems.push({
      sheet: source.sheetName,
      row: sheetRow,
      column: 'Отметка времени',
      value: '',
      message: 'Нет отметки времени: ответ загружен, но повторное редактирование этого ответа распознать не удастся',
      severity: 'warning',
    });
  }
  const fallback = answers.map((a) => `${a.code}=${a.value}`).join('\u0002');
  return {
    responseId: responseId(source.sourceKey, ownId, timestamp, email, fallback),
    timestamp,
    sheetRow,
    template: source.template.code,
    wave: source.wave,
    email,
    fio,
    organization,
    participant: null,
    answers,
  };
}

/** Scales become numbers; yes/no becomes «да»/«нет»; everything else is text as typed. */
export function answerValue(item: SurveyItem, cell: Cell, onBad: () => void): string | number {
  if (item.kind === 'scale10' || item.kind === 'agree5') {
    const high = item.kind === 'scale10' ? 10 : 5;
    const parsed = parseNumber(typeof cell === 'string' ? cell.replace(/\s*[–—-].*$/, '') : cell);
    if (parsed.ok && Number.isInteger(parsed.value) && parsed.value >= 1 && parsed.value <= high) return parsed.value;
    onBad();
    return asText(cell);
  }
  if (item.kind === 'yesno') {
    const parsed = parseYesNo(cell);
    if (parsed.ok) return parsed.value ? 'да' : 'нет';
    onBad();
    return asText(cell);
  }
  return asText(cell);
}

function rangeMessage(item: SurveyItem): string {
  if (item.kind === 'scale10')
    return `Ожидается целое число от 1 до 10 («${item.code}»): ответ сохранён как текст и в статистику не входит`;
  if (item.kind === 'agree5')
    return `Ожидается целое число от 1 до 5 («${item.code}»): ответ сохранён как текст и в статистику не входит`;
  return `Ожидается «да» или «нет» («${item.code}»): ответ сохранён как текст`;
}

function asText(cell: Cell): string {
  return cleanText(cellText(cell));
}

/** Who a response belongs to, for replacing an earlier answer of the same person in the same wave. */
export function respondentKey(
  participantId: string,
  email: string,
  fio: string,
  organization: string,
  fallback: string,
): string {
  if (participantId) return `id:${participantId}`;
  if (email) return `email:${email}`;
  if (fio) return `name:${personKey(fio)}|${organizationKey(organization)}`;
  return `response:${fallback}`;
}

export function sameKey(a: string, b: string): boolean {
  return textKey(a) === textKey(b);
}

function wordingOf(item: SurveyItem | undefined, wave: string): string {
  return item ? itemTitle(item, wave as TemplateWave) : '';
}
