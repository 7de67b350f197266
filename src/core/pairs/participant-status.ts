/**
 * A participant's «Статус» follows the register once pairs are approved: someone with an active
 * pair is «в паре», someone whose pairs all ended completed is «завершил». Only the statuses the
 * tool itself would write are moved (blank, «новый», «ожидает пары», and «в паре» → «завершил»);
 * «выбыл», «на паузе» and anything the curator typed stay as they are.
 */
import { textKey } from '../text/normalize';

export const STATUS_IN_PAIR = 'в паре';
export const STATUS_FINISHED = 'завершил';

/** The statuses each new status may replace. */
const REPLACES: Record<string, readonly string[]> = {
  [STATUS_IN_PAIR]: ['', 'новый', 'ожидает пары', STATUS_FINISHED],
  [STATUS_FINISHED]: ['', 'новый', 'ожидает пары', STATUS_IN_PAIR],
};

export interface PairLink {
  participantId: string;
  active: boolean;
  completed: boolean;
}

/** participant id → the status the register implies (only for people in the register). */
export function statusesFromRegister(links: readonly PairLink[]): Map<string, string> {
  const active = new Set(links.filter((l) => l.active).map((l) => l.participantId));
  const completed = new Set(links.filter((l) => l.completed).map((l) => l.participantId));
  const statuses = new Map<string, string>();
  for (const id of active) statuses.set(id, STATUS_IN_PAIR);
  for (const id of completed) if (!active.has(id)) statuses.set(id, STATUS_FINISHED);
  return statuses;
}

/** The status to write, or null to keep what the cell holds. */
export function nextStatus(current: string, implied: string | undefined): string | null {
  if (implied === undefined) return null;
  const key = textKey(current);
  if (key === textKey(implied)) return null;
  return (REPLACES[implied] ?? []).includes(key) ? implied : null;
}
