/**
 * Merging imported responses into «Ответы» (one row per response and item). Incremental and
 * idempotent: a response already there unchanged is left alone; a changed one (edited in the
 * form, or its respondent identified since) replaces its rows; a newer response of the same
 * person to the same template and wave supersedes the older one. Rows are never duplicated and
 * the user's extra columns survive.
 */
import { type Cell, cellText, type Grid, isBlank, rectangular } from '../cell';
import type { Role } from '../bases/participant';
import { mapHeader } from '../sheet/header-map';
import { ANSWER_COLUMNS } from './answers-layout';
import { EMAIL_ITEM, type ParsedResponse, respondentKey } from './responses';

export interface AnswerRow {
  responseId: string;
  timestamp: Date | null;
  participantId: string;
  role: string;
  template: string;
  wave: string;
  item: string;
  value: string | number;
}

export interface AnswersMerge {
  /** The whole new table (header first) — write it when `rewrite` is true. */
  grid: Grid;
  /** Rows to append below the existing table when nothing had to be removed. */
  appended: Grid;
  /** True when existing rows were replaced or removed: the whole table must be rewritten. */
  rewrite: boolean;
  added: number;
  replaced: number;
  unchanged: number;
  superseded: number;
  /** Responses (new or changed) that were written this time. */
  written: ParsedResponse[];
  /** Every answer row after the merge (for statistics). */
  rows: AnswerRow[];
}

const ROLE_LABEL: Record<Role, string> = { mentor: 'наставник', mentee: 'наставляемый' };

export function answerRowsOf(response: ParsedResponse): AnswerRow[] {
  const participantId = response.participant?.id ?? '';
  const role = response.participant ? ROLE_LABEL[response.participant.role] : '';
  return response.answers.map((answer) => ({
    responseId: response.responseId,
    timestamp: response.timestamp,
    participantId,
    role,
    template: response.template,
    wave: response.wave,
    item: answer.code,
    value: answer.value,
  }));
}

interface ExistingResponse {
  responseId: string;
  rowIndexes: number[];
  template: string;
  wave: string;
  timestamp: Date | null;
  signature: string;
  respondent: string;
}

export function mergeAnswers(existing: Grid | null, responses: readonly ParsedResponse[]): AnswersMerge {
  const current = rectangular(existing && existing.length > 0 ? existing : [ANSWER_COLUMNS.map((c) => c.header)]);
  const header = [...current[0]];
  const map = mapHeader(header, ANSWER_COLUMNS);
  for (const column of map.missing) {
    map.index.set(column.key, header.length);
    header.push(column.header);
  }
  const width = header.length;
  const body = current.slice(1).map((row) => pad(row, width));
  const at = (row: Cell[], key: string) => row[map.index.get(key) as number] ?? null;
  const existingById = groupExisting(body, at);
  const latestByRespondent = new Map<string, ExistingResponse>();
  for (const response of existingById.values()) rememberLatest(latestByRespondent, response);

  const removed = new Set<number>();
  const newRows: AnswerRow[] = [];
  const written: ParsedResponse[] = [];
  let added = 0;
  let replaced = 0;
  let unchanged = 0;
  let superseded = 0;
  for (const response of latestFirst(responses)) {
    const rows = answerRowsOf(response);
    const signature = signatureOf(rows);
    const previous = existingById.get(response.responseId);
    if (previous) {
      if (previous.signature === signature) {
        unchanged++;
        continue;
      }
      for (const index of previous.rowIndexes) removed.add(index);
      replaced++;
    } else {
      const key = scopeKey(response.template, response.wave, respondentOf(rows));
      const older = latestByRespondent.get(key);
      if (older) {
        const olderIsNewer = older.rowIndexes[0] < 0 || later(older, response) >= 0;
        superseded++;
        if (olderIsNewer) continue;
        for (const index of older.rowIndexes) removed.add(index);
      }
      added++;
    }
    const entry: ExistingResponse = {
      responseId: response.responseId,
      rowIndexes: [-1 - newRows.length],
      template: response.template,
      wave: response.wave,
      timestamp: response.timestamp,
      signature,
      respondent: respondentOf(rows),
    };
    existingById.set(response.responseId, entry);
    latestByRespondent.set(scopeKey(entry.template, entry.wave, entry.respondent), entry);
    newRows.push(...rows);
    written.push(response);
  }
  const appended = newRows.map((row) => toCells(row, map.index, width));
  const kept = body.filter((_, i) => !removed.has(i));
  const grid = [header, ...kept, ...appended];
  const allRows = [...kept.map((row) => fromCells(row, at)), ...newRows];
  return {
    grid,
    appended,
    rewrite: removed.size > 0 || map.missing.length > 0,
    added,
    replaced,
    unchanged,
    superseded,
    written,
    rows: allRows,
  };
}

/** Within one batch, a person's latest response wins: process newest first. */
function latestFirst(responses: readonly ParsedResponse[]): ParsedResponse[] {
  return [...responses].sort((a, b) => later(b, a));
}

interface Dated {
  timestamp: Date | null;
  responseId: string;
}

/**
 * Which of two responses of one person is the later one (> 0: `a`): by timestamp, and for equal
 * (or missing) timestamps by response id, so that the winner never depends on the order of import.
 */
function later(a: Dated, b: Dated): number {
  const time = (a.timestamp?.getTime() ?? 0) - (b.timestamp?.getTime() ?? 0);
  if (time !== 0) return time;
  return a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0;
}

function groupExisting(body: Cell[][], at: (row: Cell[], key: string) => Cell): Map<string, ExistingResponse> {
  const byId = new Map<string, ExistingResponse>();
  const rowsById = new Map<string, AnswerRow[]>();
  body.forEach((row, i) => {
    const id = cellText(at(row, 'responseId'));
    if (id === '') return;
    let entry = byId.get(id);
    if (!entry) {
      const stamp = at(row, 'timestamp');
      entry = {
        responseId: id,
        rowIndexes: [],
        template: cellText(at(row, 'template')),
        wave: cellText(at(row, 'wave')),
        timestamp: stamp instanceof Date ? stamp : null,
        signature: '',
        respondent: '',
      };
      byId.set(id, entry);
      rowsById.set(id, []);
    }
    entry.rowIndexes.push(i);
    rowsById.get(id)?.push(fromCells(row, at));
  });
  for (const [id, entry] of byId) {
    const rows = rowsById.get(id) ?? [];
    entry.signature = signatureOf(rows);
    entry.respondent = respondentOf(rows);
  }
  return byId;
}

function rememberLatest(latest: Map<string, ExistingResponse>, response: ExistingResponse): void {
  const key = scopeKey(response.template, response.wave, response.respondent);
  const current = latest.get(key);
  if (!current || later(response, current) >= 0) latest.set(key, response);
}

function scopeKey(template: string, wave: string, respondent: string): string {
  return `${template}\u0001${wave}\u0001${respondent}`;
}

function respondentOf(rows: readonly AnswerRow[]): string {
  const value = (code: string) => cellText(rows.find((row) => row.item === code)?.value ?? null);
  return respondentKey(
    rows[0]?.participantId ?? '',
    value(EMAIL_ITEM),
    value('fio'),
    value('organization'),
    rows[0]?.responseId ?? '',
  );
}

function signatureOf(rows: readonly AnswerRow[]): string {
  return rows
    .map((row) => `${row.participantId}\u0001${row.item}\u0001${cellText(row.value)}`)
    .sort()
    .join('\u0002');
}

function toCells(row: AnswerRow, index: Map<string, number>, width: number): Cell[] {
  const cells: Cell[] = new Array(width).fill(null);
  const set = (key: string, value: Cell) => {
    cells[index.get(key) as number] = value === '' ? null : value;
  };
  set('responseId', row.responseId);
  set('timestamp', row.timestamp);
  set('participantId', row.participantId);
  set('role', row.role);
  set('template', row.template);
  set('wave', row.wave);
  set('item', row.item);
  set('value', row.value);
  return cells;
}

function fromCells(row: Cell[], at: (row: Cell[], key: string) => Cell): AnswerRow {
  const stamp = at(row, 'timestamp');
  const value = at(row, 'value');
  return {
    responseId: cellText(at(row, 'responseId')),
    timestamp: stamp instanceof Date ? stamp : null,
    participantId: cellText(at(row, 'participantId')),
    role: cellText(at(row, 'role')),
    template: cellText(at(row, 'template')),
    wave: cellText(at(row, 'wave')),
    item: cellText(at(row, 'item')),
    value: typeof value === 'number' ? value : isBlank(value) ? '' : cellText(value),
  };
}

function pad(row: Cell[], width: number): Cell[] {
  const copy = row.slice(0, Math.max(width, row.length));
  while (copy.length < width) copy.push(null);
  return copy;
}

/** Reads «Ответы» as rows (for statistics and the indicators). */
export function readAnswers(grid: Grid | null): AnswerRow[] {
  if (!grid || grid.length < 2) return [];
  const map = mapHeader(grid[0], ANSWER_COLUMNS);
  const at = (row: Cell[], key: string) => {
    const i = map.index.get(key);
    return i === undefined ? null : (row[i] ?? null);
  };
  return grid
    .slice(1)
    .filter((row) => !isBlank(at(row, 'responseId')))
    .map((row) => fromCells(row, at));
}
