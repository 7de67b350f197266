import { describe, expect, it, vi } from 'vitest';
import { outcome } from '../../src/core/outcome';
import type { Env } from '../../src/core/ports';
import { hasPendingJob, type Job, runJob } from '../../src/core/jobs/run-job';
import { cancelJob, type JobProgress, stepJob } from '../../src/gas/handlers/progress';
import type { ResumableAction } from '../../src/gas/resumable-actions';
import { onOpen } from '../../src/gas/handlers/menu';
import { showAbout } from '../../src/gas/handlers/about';
import { DocumentPropertiesStore, executionBudget, userLocale } from '../../src/gas/host-services';
import { CURRENT_JOB_KEY, runMenuAction, runServerAction } from '../../src/gas/run-action';
import { expectedMenu } from './fakes/expected-menu';
import { createFakeServices } from './fakes';

describe('runMenuAction', () => {
  it('runs the action under the document lock and shows its outcome', () => {
    const fakes = createFakeServices();
    let lockedDuringAction = false;
    runMenuAction(
      'Проверить базы',
      () => {
        lockedDuringAction = fakes.lock.locked;
        return outcome('Проверка баз', ['Наставников: 3', 'Проблем не найдено.']);
      },
      { lock: true },
      fakes.services,
    );
    expect(lockedDuringAction).toBe(true);
    expect(fakes.lock.locked).toBe(false);
    expect(fakes.ui.alerts).toEqual([{ title: 'Проверка баз', prompt: 'Наставников: 3\nПроблем не найдено.' }]);
  });

  it('tells the user plainly when another run holds the lock, and does not run the action', () => {
    const fakes = createFakeServices();
    fakes.lock.heldElsewhere = true;
    const action = vi.fn(() => outcome('x', []));
    runMenuAction('Подготовить таблицу', action, { lock: true }, fakes.services);
    expect(action).not.toHaveBeenCalled();
    expect(fakes.ui.alerts[0].title).toBe('Подготовить таблицу');
    expect(fakes.ui.alerts[0].prompt).toMatch(/уже работает другой запуск/);
  });

  it('turns an exception into a readable Russian message without a stack trace and logs it', () => {
    const fakes = createFakeServices();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    runMenuAction(
      'Проверить базы',
      () => {
        throw new TypeError("Cannot read properties of undefined (reading 'map')\n    at checkBases (Code:12:3)");
      },
      {},
      fakes.services,
    );
    const prompt = fakes.ui.alerts[0].prompt;
    expect(prompt).toMatch(/^«Проверить базы» не удалось выполнить: /);
    expect(prompt).not.toMatch(/at checkBases|Code:12/);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('explains a missing authorization in words a curator understands', () => {
    const fakes = createFakeServices();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    runMenuAction(
      'Проверить базы',
      () => {
        throw new Error(
          'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: …',
        );
      },
      {},
      fakes.services,
    );
    expect(fakes.ui.alerts[0].prompt).toMatch(/нет нужного разрешения/);
    vi.restoreAllMocks();
  });

  it('builds an Env over the active spreadsheet with the user locale, a store and a time budget', () => {
    const fakes = createFakeServices({ locale: 'en_GB' });
    let seen: Env | undefined;
    runServerAction(
      'x',
      (env) => {
        seen = env;
        env.store.set('k', 'v');
        env.workbook.ensureSheet('Новый');
        env.progress.report('Читаю базы', 1, 2);
        return 1;
      },
      {},
      fakes.services,
    );
    expect(seen?.locale).toBe('en');
    expect(fakes.properties.data.get('k')).toBe('v');
    expect(fakes.spreadsheet.sheet('Новый')).not.toBeNull();
    expect(fakes.spreadsheet.toasts.at(-1)).toEqual({ message: 'Читаю базы (1 из 2)', title: 'x' });
    expect(seen?.budget.remainingMs()).toBeGreaterThan(260_000);
  });

  it('runServerAction returns plain JSON for a sidebar and never opens a dialog', () => {
    const fakes = createFakeServices();
    expect(runServerAction('Сводка', () => ({ pairs: 3 }), {}, fakes.services)).toEqual({
      ok: true,
      value: { pairs: 3 },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = runServerAction(
      'Сводка',
      () => {
        throw new Error('boom');
      },
      {},
      fakes.services,
    );
    vi.restoreAllMocks();
    expect(failed).toEqual({ ok: false, message: expect.stringMatching(/^«Сводка» не удалось выполнить: boom/) });
    expect(JSON.parse(JSON.stringify(failed))).toEqual(failed);
    expect(fakes.ui.alerts).toHaveLength(0);
  });

  it('no active spreadsheet gives a message, not a crash', () => {
    const fakes = createFakeServices({ noActiveSpreadsheet: true });
    expect(runServerAction('x', () => 1, {}, fakes.services)).toEqual({
      ok: false,
      message: expect.stringMatching(/Нет открытой таблицы/),
    });
  });
});

describe('host services', () => {
  it('falls back to Russian when the locale is empty or Session throws', () => {
    expect(userLocale({ getActiveUserLocale: () => '' })).toBe('ru');
    expect(
      userLocale({
        getActiveUserLocale: () => {
          throw new Error('no');
        },
      }),
    ).toBe('ru');
    expect(userLocale({ getActiveUserLocale: () => 'en' })).toBe('en');
    expect(userLocale({ getActiveUserLocale: () => 'ru_RU' })).toBe('ru');
  });

  it('the execution budget counts down from 4.5 minutes', () => {
    let now = 1_000;
    const budget = executionBudget(1_000, () => now);
    expect(budget.remainingMs()).toBe(270_000);
    now += 200_000;
    expect(budget.remainingMs()).toBe(70_000);
  });
});

/** A job that moves 25 numbers into «Итог» 5 at a time, each chunk costing 100 "ms". */
function countingJob(clock: { elapsed: number }): Job<{ next: number }> {
  return {
    id: 'count',
    title: 'Подсчёт',
    start: () => ({ next: 0 }),
    step: (env, state) => {
      env.workbook.writeBlock('Итог', {
        row: state.next + 1,
        col: 1,
        values: Array.from({ length: 5 }, (_, i) => [state.next + i]),
      });
      clock.elapsed += 100;
      const next = state.next + 5;
      return { state: { next }, done: next >= 25 };
    },
    finish: () => outcome('Подсчёт', ['Готово: 25 строк']),
    progress: (state) => ({ done: state.next, total: 25 }),
  };
}

describe('client-driven continuation (progress dialog → jobStep)', () => {
  function pausingAction(clock: { elapsed: number }) {
    const job = countingJob(clock);
    return (env: Env) => {
      clock.elapsed = 0;
      return runJob({ ...env, budget: { remainingMs: () => 250 - clock.elapsed } }, job, { reserveMs: 0 });
    };
  }

  function actionsFor(clock: { elapsed: number }): Record<string, ResumableAction> {
    return {
      count: {
        title: 'Подсчёт',
        run: pausingAction(clock),
        jobId: 'count',
        caption: (done, total) => `Создано ${done} из ${total}`,
      },
    };
  }

  it('a paused menu action opens the progress dialog instead of promising an automatic continuation', () => {
    const fakes = createFakeServices({ htmlFiles: ['progress'] });
    const clock = { elapsed: 0 };
    runMenuAction('Подсчёт', pausingAction(clock), { lock: true, resumeAs: 'count' }, fakes.services);
    expect(fakes.ui.alerts).toHaveLength(0);
    expect(fakes.ui.dialogs).toHaveLength(1);
    expect(fakes.ui.dialogs[0].html.file).toBe('progress');
    expect(fakes.properties.data.get(CURRENT_JOB_KEY)).toBe('count');
    expect(fakes.calls.list.some((name) => name.startsWith('ScriptApp'))).toBe(false);
  });

  it('the dialog’s jobStep calls finish the job with no row lost or repeated, with «Создано N из M» on the way', () => {
    const fakes = createFakeServices({ htmlFiles: ['progress'] });
    const clock = { elapsed: 0 };
    const actions = actionsFor(clock);
    runMenuAction('Подсчёт', actions.count.run, { lock: true, resumeAs: 'count' }, fakes.services);
    const captions: string[] = [];
    let last: JobProgress | undefined;
    for (let call = 0; call < 10; call++) {
      const reply = stepJob(call === 0 ? '' : 'count', fakes.services, actions);
      if (!reply.ok) throw new Error(reply.message);
      last = reply.value;
      if (last.status !== 'running') break;
      captions.push(last.caption);
    }
    expect(captions).toEqual(['Создано 20 из 25']);
    expect(last).toMatchObject({ status: 'done', lines: ['Готово: 25 строк'] });
    expect(
      fakes.spreadsheet
        .sheet('Итог')
        ?.values()
        .map((row) => row[0]),
    ).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(fakes.properties.data.has(CURRENT_JOB_KEY)).toBe(false);
    expect(fakes.lock.locked).toBe(false);
  });

  it('closing the dialog pauses safely: the same menu item continues from the same place', () => {
    const fakes = createFakeServices({ htmlFiles: ['progress'] });
    const clock = { elapsed: 0 };
    runMenuAction('Подсчёт', pausingAction(clock), { lock: true, resumeAs: 'count' }, fakes.services);
    // The dialog is closed without a single step; the curator chooses the item again.
    runMenuAction('Подсчёт', pausingAction(clock), { lock: true, resumeAs: 'count' }, fakes.services);
    runMenuAction('Подсчёт', pausingAction(clock), { lock: true, resumeAs: 'count' }, fakes.services);
    expect(fakes.ui.alerts.at(-1)?.prompt).toBe('Готово: 25 строк');
    expect(
      fakes.spreadsheet
        .sheet('Итог')
        ?.values()
        .map((row) => row[0]),
    ).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('«Отменить» forgets the saved position, and a later step finds nothing to do', () => {
    const fakes = createFakeServices({ htmlFiles: ['progress'] });
    const clock = { elapsed: 0 };
    const actions = actionsFor(clock);
    runMenuAction('Подсчёт', actions.count.run, { lock: true, resumeAs: 'count' }, fakes.services);
    const cancelled = cancelJob('count', fakes.services, actions);
    expect(cancelled).toMatchObject({ ok: true, value: { status: 'cancelled' } });
    expect(hasPendingJob(new DocumentPropertiesStore(fakes.properties), 'count')).toBe(false);
    expect(stepJob('', fakes.services, actions)).toMatchObject({ ok: true, value: { status: 'nothing' } });
  });

  it('a step that finds the lock busy says so and keeps the saved position', () => {
    const fakes = createFakeServices({ htmlFiles: ['progress'] });
    const clock = { elapsed: 0 };
    const actions = actionsFor(clock);
    runMenuAction('Подсчёт', actions.count.run, { lock: true, resumeAs: 'count' }, fakes.services);
    fakes.lock.heldElsewhere = true;
    const reply = stepJob('count', fakes.services, actions);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.message).toMatch(/уже работает другой запуск/);
    expect(hasPendingJob(new DocumentPropertiesStore(fakes.properties), 'count')).toBe(true);
  });

  it('in a trigger context (no document, null properties and lock, getUi throws) a step fails with a message, not a crash', () => {
    const fakes = createFakeServices({ context: 'trigger' });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = stepJob('count', fakes.services, actionsFor({ elapsed: 0 }));
    vi.restoreAllMocks();
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.message).toMatch(/Нет открытой таблицы/);
    expect(() => fakes.services.spreadsheetApp.getUi()).toThrow();
    expect(fakes.services.properties.getDocumentProperties()).toBeNull();
    expect(fakes.services.lock.getDocumentLock()).toBeNull();
  });

  it('the budget counts from the handler’s start: time spent in a dialog is part of the execution', () => {
    const fakes = createFakeServices();
    fakes.clock.dialogMs = 200_000;
    const startedAt = fakes.clock.now();
    fakes.services.spreadsheetApp.getUi().alert('Подтвердите', '…', fakes.ui.ButtonSet.YES_NO);
    let remaining = 0;
    runServerAction('x', (env) => (remaining = env.budget.remainingMs()), { startedAt }, fakes.services);
    expect(remaining).toBe(70_000);
  });
});

describe('onOpen, onInstall and About', () => {
  it('onOpen builds the add-on menu from MENU in the user language', () => {
    const fakes = createFakeServices({ locale: 'en' });
    onOpen({ authMode: 'NONE' }, fakes.services);
    const items = fakes.ui.menus[0].items;
    expect(items).toEqual(expectedMenu('en'));
    expect(fakes.ui.menus[0].added).toBe(true);
  });

  it('About opens about.html as a modal dialog', () => {
    const fakes = createFakeServices({ htmlFiles: ['about'] });
    showAbout(fakes.services);
    expect(fakes.ui.dialogs[0]).toMatchObject({ title: 'О программе «Наставник»', html: { file: 'about' } });
  });
});
