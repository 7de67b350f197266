/**
 * The same answers loaded under a second wave (an entry export imported again as «выход») would
 * double every respondent and fake a dynamic of zero. A response is the same when its template,
 * its participant and its moment of sending match an answer already stored under another wave.
 */
import { cellText, type Grid } from '../cell';
import { mapHeader } from '../sheet/header-map';
import { ANSWER_COLUMNS } from './answers-layout';
import type { ParsedResponse } from './responses';
import { parseTimestamp } from './response-id';
import { textKey } from '../text/normalize';

/** «template|participant|minute» → the waves it is stored under. */
export type StoredMoments = ReadonlyMap<string, ReadonlySet<string>>;

export function storedMoments(answers: Grid | null): StoredMoments {
  const moments = new Map<string, Set<string>>();
  if (!answers || answers.length < 2) return moments;
  const map = mapHeader(answers[0], ANSWER_COLUMNS);
  const column = (key: string) => map.index.get(key);
  const [template, participant, timestamp, wave] = ['template', 'participantId', 'timestamp', 'wave'].map(column);
  if (template === undefined || participant === undefined || timestamp === undefined || wave === undefined)
    return moments;
  for (const row of answers.slice(1)) {
    const key = momentKey(cellText(row[template]), cellText(row[participant]), parseTimestamp(row[timestamp] ?? null));
    if (!key) continue;
    const waves = moments.get(key) ?? new Set<string>();
    waves.add(textKey(cellText(row[wave])));
    moments.set(key, waves);
  }
  return moments;
}

export interface WaveConflict {
  /** The wave the same answers are already stored under. */
  storedWave: string;
  matching: number;
  identified: number;
}

/** Null when none of these responses is already stored under another wave of the same template. */
export function waveConflict(responses: readonly ParsedResponse[], stored: StoredMoments): WaveConflict | null {
  let matching = 0;
  let identified = 0;
  let storedWave = '';
  for (const response of responses) {
    const key = momentKey(response.template, response.participant?.id ?? '', response.timestamp);
    if (!key) continue;
    identified++;
    const other = [...(stored.get(key) ?? [])].find((wave) => wave !== textKey(response.wave));
    if (other) {
      matching++;
      storedWave ||= other;
    }
  }
  return matching > 0 ? { storedWave, matching, identified } : null;
}

function momentKey(template: string, participant: string, timestamp: Date | null): string | null {
  if (!participant || !timestamp) return null;
  return `${textKey(template)}|${participant}|${Math.floor(timestamp.getTime() / 60000)}`;
}
