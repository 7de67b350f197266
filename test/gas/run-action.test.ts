import { describe, expect, it, vi } from 'vitest';
import { outcome } from '../../src/core/outcome';
import type { Env } from '../../src/core/ports';
import { type Job, runJob } from '../../src/core/jobs/run-job';
import { runContinuation } from '../../src/gas/handlers/continuation';
import { onOpen } from '../../src/gas/handlers/menu';
import { showAbout } from '../../src/gas/handlers/about';
import { executionBudget, userLocale } from '../../src/gas/host-services';
import { PENDING_KEY, runMenuAction, runServerAction } from '../../src/gas/run-action';
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

describe('continuations', () => {
  function pausingAction(clock: { elapsed: number }) {
    const job = countingJob(clock);
    return (env: Env) => {
      clock.elapsed = 0;
      return runJob({ ...env, budget: { remainingMs: () => 250 - clock.elapsed } }, job, { reserveMs: 0 });
    };
  }

  it('a paused outcome schedules a one-off trigger and says the work continues automatically', () => {
    const fakes = createFakeServices();
    const clock = { elapsed: 0 };
    runMenuAction('Подсчёт', pausingAction(clock), { lock: true, resumeAs: 'count' }, fakes.services);
    expect(fakes.scriptApp.triggers.map((t) => [t.handler, t.afterMs])).toEqual([['runContinuation', 60_000]]);
    expect(JSON.parse(fakes.properties.data.get(PENDING_KEY) ?? '[]')).toEqual(['count']);
    expect(fakes.ui.alerts[0].prompt).toMatch(/Сделано 10 из 25/);
    expect(fakes.ui.alerts[0].prompt).toMatch(/продолжится автоматически/);
  });

  it('when Google refuses the trigger the user is told to run the item again, and that resumes', () => {
    const fakes = createFakeServices();
    fakes.scriptApp.refuseTriggers = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const clock = { elapsed: 0 };
    runMenuAction('Подсчёт', pausingAction(clock), { lock: true, resumeAs: 'count' }, fakes.services);
    expect(fakes.ui.alerts[0].prompt).toMatch(/выберите этот пункт меню ещё раз/);
    runMenuAction('Подсчёт', pausingAction(clock), { lock: true, resumeAs: 'count' }, fakes.services);
    runMenuAction('Подсчёт', pausingAction(clock), { lock: true, resumeAs: 'count' }, fakes.services);
    vi.restoreAllMocks();
    expect(fakes.ui.alerts.at(-1)?.prompt).toBe('Готово: 25 строк');
    expect(
      fakes.spreadsheet
        .sheet('Итог')
        ?.values()
        .map((row) => row[0]),
    ).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('runContinuation deletes its trigger, resumes the job, re-schedules until done, and the result is complete', () => {
    const fakes = createFakeServices();
    const clock = { elapsed: 0 };
    const actions = { count: { title: 'Подсчёт', run: pausingAction(clock) } };
    runMenuAction('Подсчёт', actions.count.run, { lock: true, resumeAs: 'count' }, fakes.services);
    for (let i = 0; i < 5 && fakes.scriptApp.triggers.length > 0; i++) {
      const trigger = fakes.scriptApp.triggers[0];
      runContinuation({ triggerUid: trigger.uid }, fakes.services, actions);
      expect(fakes.scriptApp.triggers.every((t) => t.uid !== trigger.uid)).toBe(true);
    }
    expect(fakes.scriptApp.triggers).toHaveLength(0);
    expect(JSON.parse(fakes.properties.data.get(PENDING_KEY) ?? 'null')).toEqual([]);
    expect(fakes.spreadsheet.toasts.at(-1)).toEqual({ message: 'Готово: 25 строк', title: 'Подсчёт' });
    expect(
      fakes.spreadsheet
        .sheet('Итог')
        ?.values()
        .map((row) => row[0]),
    ).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(fakes.lock.locked).toBe(false);
  });

  it('a continuation leaves alone a trigger that another spreadsheet is waiting for', () => {
    const fakes = createFakeServices();
    const other = fakes.scriptApp.newTrigger('runContinuation').timeBased().after(60_000).create();
    const clock = { elapsed: 0 };
    const actions = { count: { title: 'Подсчёт', run: pausingAction(clock) } };
    runMenuAction('Подсчёт', actions.count.run, { lock: true, resumeAs: 'count' }, fakes.services);
    const mine = fakes.scriptApp.triggers.filter((t) => t.uid !== other.getUniqueId());
    expect(mine).toHaveLength(1);
    while (fakes.scriptApp.triggers.some((t) => t.uid !== other.getUniqueId())) {
      const firing = fakes.scriptApp.triggers.find((t) => t.uid !== other.getUniqueId());
      runContinuation({ triggerUid: firing?.uid }, fakes.services, actions);
    }
    expect(fakes.scriptApp.triggers.map((t) => t.uid)).toEqual([other.getUniqueId()]);
    expect(fakes.spreadsheet.sheet('Итог')?.values()).toHaveLength(25);
  });

  it('without an active spreadsheet the continuation only removes its own trigger', () => {
    const fakes = createFakeServices({ noActiveSpreadsheet: true });
    const firing = fakes.scriptApp.newTrigger('runContinuation').timeBased().after(60_000).create();
    const other = fakes.scriptApp.newTrigger('runContinuation').timeBased().after(60_000).create();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    runContinuation({ triggerUid: firing.getUniqueId() }, fakes.services, {});
    vi.restoreAllMocks();
    expect(fakes.scriptApp.triggers.map((t) => t.uid)).toEqual([other.getUniqueId()]);
  });

  it('work finished from the menu is not started again by the waiting continuation', () => {
    const fakes = createFakeServices();
    const clock = { elapsed: 0 };
    let runs = 0;
    const run = pausingAction(clock);
    const counted = (env: Env) => {
      runs++;
      return run(env);
    };
    const actions = { count: { title: 'Подсчёт', run: counted, jobId: 'count' } };
    runMenuAction('Подсчёт', counted, { lock: true, resumeAs: 'count' }, fakes.services);
    const trigger = fakes.scriptApp.triggers[0];
    runMenuAction('Подсчёт', counted, { lock: true, resumeAs: 'count' }, fakes.services);
    runMenuAction('Подсчёт', counted, { lock: true, resumeAs: 'count' }, fakes.services);
    expect(fakes.ui.alerts.at(-1)?.prompt).toBe('Готово: 25 строк');
    expect(fakes.scriptApp.triggers).toHaveLength(0);
    runContinuation({ triggerUid: trigger.uid }, fakes.services, actions);
    expect(runs).toBe(3);
    expect(fakes.spreadsheet.sheet('Итог')?.values()).toHaveLength(25);
  });

  it('a continuation skips an action whose job has no saved state', () => {
    const fakes = createFakeServices();
    fakes.properties.data.set(PENDING_KEY, JSON.stringify(['count']));
    const run = vi.fn(() => outcome('x', []));
    runContinuation({}, fakes.services, { count: { title: 'Подсчёт', run, jobId: 'count' } });
    expect(run).not.toHaveBeenCalled();
    expect(fakes.properties.data.get(PENDING_KEY)).toBe('[]');
  });

  it('a paused outcome without resumeAs asks the user to run the item again', () => {
    const fakes = createFakeServices();
    runMenuAction(
      'Долгая работа',
      () => ({ status: 'paused', title: 'Долгая работа', lines: ['Сделано 5 из 9.'] }),
      {},
      fakes.services,
    );
    expect(fakes.scriptApp.triggers).toHaveLength(0);
    expect(fakes.ui.alerts[0].prompt).toBe(
      'Сделано 5 из 9.\nЧтобы закончить, выберите этот пункт меню ещё раз: работа продолжится с того места, где остановилась.',
    );
  });

  it('a continuation that finds the lock busy tries again later and keeps the pending work', () => {
    const fakes = createFakeServices();
    fakes.properties.data.set(PENDING_KEY, JSON.stringify(['count']));
    fakes.lock.heldElsewhere = true;
    const run = vi.fn(() => outcome('x', []));
    runContinuation({ triggerUid: 'none' }, fakes.services, { count: { title: 'Подсчёт', run } });
    expect(run).not.toHaveBeenCalled();
    expect(fakes.scriptApp.triggers).toHaveLength(1);
    expect(fakes.properties.data.get(PENDING_KEY)).toBe('["count"]');
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
