import { describe, expect, it } from 'vitest';
import { SIDEBAR_CALLS } from '../../src/core/usecases/sidebar-api';
import { openSheet, openSidebar, serve } from '../../src/gas/handlers/sidebar';
import { createFakeServices } from './fakes';

function host(fakes = createFakeServices()) {
  return { services: fakes.services, fakes };
}

describe('sidebar handlers (Apps Script side, on fakes)', () => {
  it('opens each sidebar from its dist file with a title in the user’s language', () => {
    const en = createFakeServices({ locale: 'en_GB' });
    openSidebar('panel', en.services);
    expect(en.ui.sidebars.map((s) => [s.file, s.title])).toEqual([['panel', 'Mentorship panel']]);
    const ru = createFakeServices({ locale: '' });
    openSidebar('matching', ru.services);
    openSidebar('questionnaires', ru.services);
    expect(ru.ui.sidebars.map((s) => [s.file, s.title])).toEqual([
      ['matching', 'Подбор пар'],
      ['questionnaires', 'Анкеты'],
    ]);
  });

  it('answers the panel with plain JSON read from the sheets, without the lock and with constant calls', () => {
    const small = host();
    // the panel prints the programme model: a person counts with consent (one without it would not)
    small.fakes.spreadsheet.addSheet('Наставники', [
      ['ФИО', 'Категория', 'Организация', 'Формы наставничества', 'Согласие на обработку ПДн (дата)'],
      ['Смирнова Анна', 'педагог', 'МАОУ СОШ № 5', 'учитель – учитель', new Date(2024, 8, 1)],
      ['Петров Иван', 'педагог', 'МАОУ СОШ № 5', 'учитель – учитель', ''],
    ]);
    const reply = serve(SIDEBAR_CALLS.sidebarDashboard, [], small.services);
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.value.sections[0].figures[0]).toEqual({ label: 'Наставники', value: 1 });
    expect(JSON.parse(JSON.stringify(reply.value))).toEqual(reply.value);
    expect(small.fakes.calls.count('LockService.getDocumentLock')).toBe(0);

    const big = host();
    big.fakes.spreadsheet.addSheet('Наставники', [
      ['ФИО', 'Категория', 'Организация', 'Формы наставничества', 'Согласие на обработку ПДн (дата)'],
      ...Array.from({ length: 2000 }, (_, i) => [
        `Участник ${i}`,
        'педагог',
        'МАОУ СОШ № 5',
        'учитель – учитель',
        new Date(2024, 8, 1),
      ]),
    ]);
    serve(SIDEBAR_CALLS.sidebarDashboard, [], big.services);
    expect(big.fakes.calls.count()).toBe(small.fakes.calls.count());
  });

  it('saves settings under the document lock and refuses plainly when another run holds it', () => {
    const h = host();
    const saved = serve(SIDEBAR_CALLS.sidebarSaveMatchingSettings, [{ mentorLoadLimit: 4 }], h.services);
    expect(saved.ok && saved.value.saved).toEqual(['mentorLoadLimit']);
    expect(h.fakes.calls.count('LockService.getDocumentLock')).toBe(1);
    h.fakes.lock.heldElsewhere = true;
    const busy = serve(SIDEBAR_CALLS.sidebarSaveMatchingSettings, [{ mentorLoadLimit: 5 }], h.services);
    expect(busy.ok).toBe(false);
    expect(!busy.ok && busy.message).toMatch(/уже работает другой запуск/);
  });

  it('turns a failure into a readable Russian message, never a stack trace', () => {
    const h = host(createFakeServices({ noActiveSpreadsheet: true }));
    const reply = serve(SIDEBAR_CALLS.sidebarDashboard, [], h.services);
    expect(reply).toEqual({
      ok: false,
      message: expect.stringMatching(/^«Панель наставничества» не удалось выполнить: Нет открытой таблицы/),
    });
    expect(!reply.ok && reply.message).not.toMatch(/\n\s+at /);
  });

  it('opens an existing sheet and explains a missing one', () => {
    const fakes = createFakeServices();
    fakes.spreadsheet.addSheet('Проблемы', [['Источник']]);
    expect(openSheet('Проблемы', fakes.services)).toEqual({ ok: true, value: 'Проблемы' });
    expect(fakes.spreadsheet.active?.name).toBe('Проблемы');
    expect(openSheet('Нет такого', fakes.services)).toEqual({
      ok: false,
      message: expect.stringContaining('Листа «Нет такого» в таблице нет'),
    });
  });
});
