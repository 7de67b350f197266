/**
 * «Сформировать пары» within the 6-minute execution, on the strict fakes: the matching cannot
 * stop half-way, so when it would not fit in what is left it pauses before it (nothing written
 * but the participants' IDs) and the progress dialog runs it in a fresh execution; a kill at any
 * write, then the menu item again, ends with exactly what one uninterrupted run writes.
 */
import { describe, expect, it, vi } from 'vitest';
import { FORM_PAIRS_JOB_ID, formPairs } from '../../src/core/usecases/pairs/form-pairs';
import { estimatedPairingMs, pairingDoesNotFit } from '../../src/core/usecases/pairs/pairing-budget';
import { MODE_GROUPS, MODE_OPTIMAL } from '../../src/core/matching/settings';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { SIDEBAR_CALLS } from '../../src/core/usecases/sidebar-api';
import { type JobProgress, stepJob } from '../../src/gas/handlers/progress';
import { serve } from '../../src/gas/handlers/sidebar';
import { PAIRS_RESUME_KEY, pairsAction } from '../../src/gas/handlers/pairs';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import type { ResumableAction } from '../../src/gas/resumable-actions';
import { CURRENT_JOB_KEY, runMenuAction } from '../../src/gas/run-action';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { fillDemoWorkbook } from '../../src/local/demo/generate-fill';
import { generateDemo } from '../../src/local/demo/generate';
import { createFakeServices, type FakeServices, type FakeValue } from './fakes';

function programme(participants: number): FakeServices {
  const fakes = createFakeServices({ htmlFiles: ['progress'] });
  runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
  const workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
  fillDemoWorkbook(workbook, generateDemo({ participants, seed: 5 }));
  // A curator's decisions on an earlier draft, so that the merge has something to keep.
  runMenuAction('Сформировать пары', formPairs, { lock: true }, fakes.services);
  const draft = fakes.spreadsheet.sheet('Пары (черновик)');
  if (!draft) throw new Error('no draft');
  const grid = draft.values();
  const decision = grid[0].indexOf('Решение');
  const comment = grid[0].indexOf('Комментарий');
  grid[1][decision] = 'закрепить';
  grid[2][decision] = 'отклонить';
  grid[3][comment] = 'поговорить с завучем';
  // The last row rejected, and five paired mentees leave the base: the next draft is shorter than
  // this one, so its one write must also blank the rows below (a kill between two calls would
  // leave this rejected row twice).
  const last = grid.length - 1;
  grid[last][decision] = 'отклонить';
  draft.load(grid);
  const menteeColumn = grid[0].indexOf('ID наставляемого');
  const keep = new Set([1, 2, 3, last].map((row) => grid[row][menteeColumn]));
  const leaving = new Set(
    grid
      .slice(4, last)
      .map((row) => row[menteeColumn])
      .filter((id) => !keep.has(id))
      .slice(0, 5),
  );
  const mentees = fakes.spreadsheet.sheet('Наставляемые');
  if (!mentees) throw new Error('no mentees');
  const base = mentees.values();
  const idColumn = base[0].indexOf('ID');
  mentees.load([base[0], ...base.slice(1).filter((row) => !leaving.has(row[idColumn]))]);
  fakes.ui.alerts.length = 0;
  fakes.calls.reset();
  return fakes;
}

/** What a reader sees on the sheets pair formation writes (the problems without their time). */
function snapshot(fakes: FakeServices): Record<string, FakeValue[][]> {
  const sheet = (name: string) => fakes.spreadsheet.sheet(name)?.values() ?? [];
  return {
    draft: sheet('Пары (черновик)'),
    unmatched: sheet('Без пары'),
    problems: sheet('Проблемы').map((row) => row.slice(0, 5)),
    mentors: sheet('Наставники'),
    mentees: sheet('Наставляемые'),
  };
}

/** The menu item (started `usedMs` into its execution), then the dialog's calls until done. */
function formToTheEnd(
  fakes: FakeServices,
  usedMs = 0,
  action: ResumableAction = pairsAction,
): { dialogSteps: number; last: JobProgress | null } {
  runMenuAction(
    'Сформировать пары',
    formPairs,
    { lock: true, resumeAs: PAIRS_RESUME_KEY, startedAt: fakes.clock.now() - usedMs },
    fakes.services,
  );
  let dialogSteps = 0;
  let last: JobProgress | null = null;
  for (let call = 0; call < 20 && fakes.properties.data.has(CURRENT_JOB_KEY); call++) {
    const reply = stepJob('', fakes.services, { [PAIRS_RESUME_KEY]: action });
    if (!reply.ok) throw new Error(reply.message);
    dialogSteps++;
    last = reply.value;
    if (reply.value.status !== 'running') break;
  }
  return { dialogSteps, last };
}

function oneShot(): Record<string, FakeValue[][]> {
  const fakes = programme(60);
  formToTheEnd(fakes);
  expect(fakes.ui.dialogs).toHaveLength(0);
  expect(fakes.ui.alerts.at(-1)?.title).toBe('Пары сформированы');
  return snapshot(fakes);
}

/** The draft holds each pair once, the curator's pin, rejection and comment kept. */
function expectDraftOnce(draft: FakeValue[][]): void {
  const header = draft[0].map(String);
  const keys = draft
    .slice(1)
    .map((row) => `${row[header.indexOf('ID наставника')]}|${row[header.indexOf('ID наставляемого')]}`);
  expect(keys.length).toBeGreaterThan(10);
  expect(new Set(keys).size).toBe(keys.length);
  const column = (name: string) => draft.slice(1).map((row) => row[header.indexOf(name)]);
  expect(column('Решение')).toContain('закрепить');
  expect(column('Решение')).toContain('отклонить');
  expect(column('Комментарий')).toContain('поговорить с завучем');
}

describe('«Сформировать пары» within the 6-minute execution', () => {
  it('with too little time left it pauses before matching and the progress dialog finishes it as one run would', () => {
    const expected = oneShot();
    expectDraftOnce(expected.draft);
    const fakes = programme(60);
    const before = snapshot(fakes);
    // A dialog (or a slow start) has used 4 min 25 s of this execution: the matching does not start.
    runMenuAction(
      'Сформировать пары',
      formPairs,
      { lock: true, resumeAs: PAIRS_RESUME_KEY, startedAt: fakes.clock.now() - 265_000 },
      fakes.services,
    );
    expect(fakes.ui.alerts).toEqual([]);
    expect(fakes.ui.dialogs.map((dialog) => [dialog.html.file, dialog.title])).toEqual([
      ['progress', 'Сформировать пары'],
    ]);
    expect(snapshot(fakes)).toEqual(before);
    const reply = stepJob('', fakes.services, { [PAIRS_RESUME_KEY]: pairsAction });
    expect(reply.ok && reply.value.status).toBe('done');
    expect(reply.ok && reply.value.title).toBe('Пары сформированы');
    expect(snapshot(fakes)).toEqual(expected);
    expect(fakes.properties.data.has(`job:${FORM_PAIRS_JOB_ID}`)).toBe(false);
    expect(fakes.properties.data.has(CURRENT_JOB_KEY)).toBe(false);
  });

  it('each dialog call gets a whole execution: a call that starts with 60 s gets 270 s for the matching', () => {
    expect(pairsAction.stepBudgetMs).toBe(270_000);
  });

  it('when even a fresh execution is too short it writes nothing and says exactly what to do', () => {
    const fakes = programme(60);
    const before = snapshot(fakes);
    const tight = { ...pairsAction, stepBudgetMs: 10_000 };
    const { dialogSteps, last } = formToTheEnd(fakes, 265_000, tight);
    // the menu's late run waited; the dialog's first call, fresh, could not match either
    expect(dialogSteps).toBe(1);
    expect(last?.status).toBe('done');
    expect(last?.title).toBe('Пары не сформированы');
    expect(last?.lines.join(' ')).toMatch(/Ничего не изменено/);
    expect(last?.lines.join(' ')).toMatch(/Разделите подбор|ещё раз/);
    expect(snapshot(fakes)).toEqual(before);
    expect(fakes.properties.data.has(`job:${FORM_PAIRS_JOB_ID}`)).toBe(false);
  });

  it('a region too large for a whole execution is told so at once, without a dialog', () => {
    // 16 000 participants (7 200 × 8 800 candidate pairs): the estimate is over the 4.5 minutes of a whole execution.
    const fakes = createFakeServices({ htmlFiles: ['progress'] });
    runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
    const store = new DocumentPropertiesStore(fakes.properties);
    fillDemoWorkbook(
      new SheetsWorkbook(fakes.spreadsheet, fakes.services, store),
      generateDemo({ participants: 16_000, seed: 5 }),
    );
    const before = snapshot(fakes);
    runMenuAction('Сформировать пары', formPairs, { lock: true, resumeAs: PAIRS_RESUME_KEY }, fakes.services);
    expect(fakes.ui.dialogs).toEqual([]);
    const alert = fakes.ui.alerts.at(-1);
    expect(alert?.title).toBe('Пары не сформированы');
    expect(alert?.prompt).toMatch(/Ничего не изменено/);
    expect(alert?.prompt).toMatch(/Разделите подбор/);
    expect(snapshot(fakes)).toEqual(before);
    expect(fakes.properties.data.has(`job:${FORM_PAIRS_JOB_ID}`)).toBe(false);
  }, 60_000);

  it('a municipality of 3 000 participants fits in one dialog call by the estimate, a region of 10 000 too', () => {
    // 3 000 participants, a quarter of them mentors: 750 × 2 250 candidate pairs.
    expect(estimatedPairingMs(750, 2250) + 30_000).toBeLessThan(pairsAction.stepBudgetMs ?? 0);
    // the generated region of README's end-to-end figure: 4 499 × 5 501 (3,5 s in Node, bench/pairs-gas.ts)
    expect(estimatedPairingMs(4499, 5501) + 30_000).toBeLessThan(pairsAction.stepBudgetMs ?? 0);
  });

  it('the group mode, which assigns in rounds, is estimated as such: the optimal mode is the way out of its refusal', () => {
    const whole = { remainingMs: () => pairsAction.stepBudgetMs ?? 0 };
    // 3 000 participants (6,3 s in Node in group mode, bench/pairs-gas.ts) fit in one call.
    expect(pairingDoesNotFit(whole, 1349, 1651, MODE_GROUPS)).toBeNull();
    // The region of 10 000 (91 s in Node: ~270 s in Apps Script) would be killed: refused instead.
    const refusal = pairingDoesNotFit(whole, 4499, 5501, MODE_GROUPS);
    expect(refusal?.title).toBe('Пары не сформированы');
    expect(refusal?.lines.join(' ')).toMatch(/режим «оптимальный»/);
    // The same region in the optimal mode fits; its refusal (past 16 000) never suggests the slower group mode.
    expect(pairingDoesNotFit(whole, 4499, 5501, MODE_OPTIMAL)).toBeNull();
    expect(pairingDoesNotFit(whole, 7200, 8800, MODE_OPTIMAL)?.lines.join(' ')).not.toMatch(/групп/);
  });

  it('the «Подбор пар» sidebar opens the progress dialog when its matching pauses', () => {
    const expected = oneShot();
    const fakes = programme(60);
    // A slow spreadsheet: every call costs 20 s, so reading uses most of the execution before the matching.
    const record = fakes.calls.record.bind(fakes.calls);
    fakes.calls.record = (name: string) => {
      record(name);
      fakes.clock.advance(20_000);
    };
    const reply = serve(SIDEBAR_CALLS.sidebarFormPairs, [{}], fakes.services);
    fakes.calls.record = record;
    expect(reply.ok && reply.value.outcome?.status).toBe('paused');
    expect(fakes.ui.dialogs.map((dialog) => dialog.html.file)).toEqual(['progress']);
    expect(fakes.properties.data.get(CURRENT_JOB_KEY)).toBe(PAIRS_RESUME_KEY);
    const step = stepJob('', fakes.services, { [PAIRS_RESUME_KEY]: pairsAction });
    expect(step.ok && step.value.status).toBe('done');
    expect(snapshot(fakes)).toEqual(expected);
  });

  it('a municipality of 3 000 participants, started late, completes in one dialog call', () => {
    const fakes = programme(3000);
    const { dialogSteps, last } = formToTheEnd(fakes, 265_000);
    expect(fakes.ui.dialogs.map((dialog) => dialog.html.file)).toEqual(['progress']);
    expect(dialogSteps).toBe(1);
    expect(last?.title).toBe('Пары сформированы');
    expectDraftOnce(snapshot(fakes).draft);
    expect(snapshot(fakes).draft.length).toBeGreaterThan(1000);
  }, 120_000);

  it('killed at any write, then chosen again, it ends with exactly what one run writes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const expected = oneShot();
    const isWrite = (name: string) => /\.(set|insert|clear|delete|add)/.test(name);
    const probe = programme(60);
    formToTheEnd(probe);
    const total = probe.calls.list.filter(isWrite).length;
    expect(total).toBeGreaterThan(10);
    for (let killAt = 1; killAt <= total; killAt++) {
      const fakes = programme(60);
      const record = fakes.calls.record.bind(fakes.calls);
      let writes = 0;
      let dead = false;
      fakes.calls.record = (name: string) => {
        if (dead) throw new Error('Exceeded maximum execution time');
        if (isWrite(name) && ++writes === killAt) {
          dead = true;
          throw new Error('Exceeded maximum execution time');
        }
        record(name);
      };
      try {
        formToTheEnd(fakes);
      } catch {
        // the execution died
      }
      dead = false;
      fakes.lock.locked = false;
      formToTheEnd(fakes);
      expect(snapshot(fakes), `killed at write ${killAt}`).toEqual(expected);
    }
    vi.restoreAllMocks();
  }, 300_000);
});
