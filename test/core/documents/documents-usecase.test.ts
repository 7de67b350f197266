import { describe, expect, it } from 'vitest';
import { cellText } from '../../../src/core/cell';
import type { DocModel } from '../../../src/core/documents/model';
import type { CreatedFile, DocumentPort } from '../../../src/core/ports';
import type { DocBlock } from '../../../src/core/documents/model';
import { createDocuments, plannedDocuments, quotaWarning } from '../../../src/core/usecases/documents';
import { MemoryStore, memoryEnv, settingsGrid } from '../roadmap/memory-workbook';
import { NOW, PAIR_HEADER, SCHOOL_SETTINGS, schoolWithRoadmap } from './fixture';

class RecordingDocuments implements DocumentPort {
  readonly models: DocModel[] = [];
  create(model: DocModel): CreatedFile {
    this.models.push(model);
    const id = `doc${this.models.length}`;
    return { id, url: `https://docs.google.com/document/d/${id}/edit`, name: model.name };
  }
}

describe('«Документы»', () => {
  it('sets every document in Russian typography and reports what to check in the order', () => {
    const workbook = schoolWithRoadmap({ Настройки: settingsGrid({ ...SCHOOL_SETTINGS, regulationNumber: null }) });
    const documents = new RecordingDocuments();
    createDocuments(memoryEnv(workbook, NOW, { documents }));
    for (const model of documents.models)
      expect(JSON.stringify(model.blocks), model.name).not.toMatch(/№ \d|[А-ЯЁ]\. [А-ЯЁ]\./);
    const problems = (workbook.readSheet('Проблемы') ?? []).map((row) => row.map(cellText).join(' | '));
    expect(problems.some((row) => row.includes('Положении о наставничестве'))).toBe(true);
  });

  it('a register made before «Срок программы» keeps its «Учебный год» column: no second column', () => {
    const workbook = schoolWithRoadmap();
    workbook.ensureSheet('Документы');
    workbook.writeBlock('Документы', {
      row: 1,
      col: 1,
      values: [
        ['Документ', 'О ком', 'Учебный год', 'Создан', 'Ссылка', 'Код'],
        ['Старый приказ', '', '2025/2026', null, 'https://example.org/old', 'order||2025'],
      ],
    });
    createDocuments(memoryEnv(workbook, NOW, { documents: new RecordingDocuments() }));
    const register = workbook.readSheet('Документы') ?? [];
    expect(register[0]).toEqual(['Документ', 'О ком', 'Учебный год', 'Создан', 'Ссылка', 'Код']);
    expect(register.slice(1).map((r) => cellText(r[2]))).toEqual([
      '2026/2027',
      '2026/2027',
      '2026/2027',
      '2026/2027',
      '2025/2026',
    ]);
  });

  it('creates the four documents, registers them and writes the links back', () => {
    const workbook = schoolWithRoadmap();
    const documents = new RecordingDocuments();
    const outcome = createDocuments(memoryEnv(workbook, NOW, { documents }));
    expect(outcome.status).toBe('done');
    expect(documents.models.map((m) => m.name)).toEqual([
      'Приказ об утверждении наставнических пар 2026-2027',
      'Индивидуальные планы развития 2026-2027',
      'Аналитический отчёт о реализации программы наставничества 2026-2027',
      'Дорожная карта программы наставничества 2026-2027',
    ]);
    const register = workbook.readSheet('Документы') ?? [];
    expect(register[0]).toEqual(['Документ', 'О ком', 'Срок программы', 'Создан', 'Ссылка', 'Код']);
    // newest first
    expect(register.slice(1).map((r) => r[4])).toEqual(
      documents.models.map((_, i) => `https://docs.google.com/document/d/doc${i + 1}/edit`).reverse(),
    );

    const pairs = workbook.readSheet('Пары') ?? [];
    const orderCol = pairs[0].indexOf('Приказ');
    expect(pairs.slice(1).map((r) => cellText(r[orderCol]))).toEqual([
      'приказ от 01.09.2026 № 12 (вписан вручную)',
      '№ 45-о от 05.10.2026 — https://docs.google.com/document/d/doc1/edit',
      '',
      '№ 45-о от 05.10.2026 — https://docs.google.com/document/d/doc1/edit',
      '',
      '№ 45-о от 05.10.2026 — https://docs.google.com/document/d/doc1/edit',
      '',
    ]);
    const roadmap = workbook.readSheet('Дорожная карта') ?? [];
    const [eventCol, linkCol] = [roadmap[0].indexOf('Мероприятие'), roadmap[0].indexOf('Ссылка на документ')];
    const linkOf = (word: string) =>
      cellText(roadmap.find((r) => cellText(r[eventCol]).includes(word))?.[linkCol] ?? null);
    expect(linkOf('Формирование наставнических пар')).toBe('https://docs.google.com/document/d/doc1/edit');
    expect(linkOf('индивидуальных планов')).toBe('https://docs.google.com/document/d/doc2/edit');
    expect(linkOf('Аналитический отчёт')).toBe('https://docs.google.com/document/d/doc3/edit');

    const problems = workbook.readSheet('Проблемы') ?? [];
    expect(problems.filter((r) => r[0] === 'Документы').map((r) => [r[3], r[6]])).toEqual([
      [4, 'Не включено в приказ: нет согласия наставника на обработку персональных данных'],
      [6, 'Не включено в приказ: нет согласия законного представителя на обработку персональных данных'],
    ]);
  });

  it('replaces the register row of a document made again and keeps the user’s notes', () => {
    const workbook = schoolWithRoadmap();
    const documents = new RecordingDocuments();
    const env = memoryEnv(workbook, NOW, { documents });
    createDocuments(env, ['report']);
    const register = workbook.sheets.get('Документы') ?? [];
    register[0].push('Примечание');
    register[1].push('отправлен директору');
    createDocuments(env, ['report']);
    const after = workbook.readSheet('Документы') ?? [];
    expect(after).toHaveLength(2);
    expect(after[1][4]).toBe('https://docs.google.com/document/d/doc2/edit');
    expect(after[1][6]).toBe('отправлен директору');
  });

  it('makes separate plans in chunks, pauses when time runs out and resumes without duplicates', () => {
    const workbook = schoolWithRoadmap({
      Настройки: settingsGrid({ ...SCHOOL_SETTINGS, plansLayout: 'по документу на наставляемого' }),
    });
    const documents = new RecordingDocuments();
    const store = new MemoryStore();
    expect(plannedDocuments(memoryEnv(workbook, NOW, { store }), ['plans']).count).toBe(4);
    let remaining = 60_000;
    const budget = { remainingMs: () => remaining };
    const original = documents.create.bind(documents);
    documents.create = (model) => {
      remaining -= 9_000;
      return original(model);
    };
    const first = createDocuments(memoryEnv(workbook, NOW, { documents, store, budget }), ['plans']);
    // 4 plans fit in one chunk of 5: done at once
    expect(first.status).toBe('done');
    expect(documents.models).toHaveLength(4);
    expect(plannedDocuments(memoryEnv(workbook, NOW, { store }), ['plans']).count).toBe(0);
    const again = createDocuments(memoryEnv(workbook, NOW, { documents, store }), ['plans']);
    expect(again.figures?.created).toBe(0);
    expect(documents.models).toHaveLength(4);
  });

  it('pauses between document kinds when the budget is low and continues from the saved state', () => {
    const workbook = schoolWithRoadmap();
    const documents = new RecordingDocuments();
    const store = new MemoryStore();
    let remaining = 30_000;
    const budget = { remainingMs: () => remaining };
    const original = documents.create.bind(documents);
    documents.create = (model) => {
      remaining -= 5_000;
      return original(model);
    };
    const first = createDocuments(memoryEnv(workbook, NOW, { documents, store, budget }));
    expect(first.status).toBe('paused');
    const made = documents.models.length;
    expect(made).toBeLessThan(4);
    remaining = 300_000;
    const second = createDocuments(memoryEnv(workbook, NOW, { documents, store, budget }), []);
    expect(second.status).toBe('done');
    expect(documents.models).toHaveLength(4);
  });

  it('warns about the daily Google Docs quota', () => {
    expect(quotaWarning(120)).toBe(
      'Будет создано 120 документов Google. Google разрешает создавать не более 250 документов в день для обычного аккаунта и 1500 — для Google Workspace. Продолжить?',
    );
  });

  it('says so when the host cannot create documents', () => {
    expect(createDocuments(memoryEnv(schoolWithRoadmap(), NOW)).status).toBe('nothing-to-do');
  });
});

describe('«Документы» without approved pairs', () => {
  it('does not create an empty order or plans and says what to do first', () => {
    const workbook = schoolWithRoadmap({ Пары: [['ID пары', 'Наставник', 'Наставляемый', 'Статус']] });
    const documents = new RecordingDocuments();
    const env = memoryEnv(workbook, NOW, { documents });
    expect(plannedDocuments(env, ['order', 'plans', 'report']).count).toBe(1);
    const outcome = createDocuments(env, ['order', 'plans', 'report']);
    expect(documents.models.map((m) => m.name)).toEqual([
      'Аналитический отчёт о реализации программы наставничества 2026-2027',
    ]);
    expect(outcome.lines.join('\n')).toContain('Приказ не создан: на листе «Пары» нет действующих пар');
    expect(outcome.lines.join('\n')).toContain('Индивидуальные планы: нет действующих пар с согласием участников.');
  });
});

describe('«Документы» in English', () => {
  it('reports in English, while the documents stay Russian', () => {
    const documents = new RecordingDocuments();
    const outcome = createDocuments({ ...memoryEnv(schoolWithRoadmap(), NOW, { documents }), locale: 'en' }, ['order']);
    expect(outcome.title).toBe('Documents created');
    expect(outcome.lines[1]).toBe('Order: 4 pairs (groups); the link is written to «Пары» → «Приказ» (3 rows).');
    expect(documents.models[0].name).toBe('Приказ об утверждении наставнических пар 2026-2027');
    expect(quotaWarning(300, 'en')).toBe(
      '300 Google Docs will be created. Google allows at most 250 new documents a day for a personal account and 1500 for Google Workspace. Continue?',
    );
  });
});

describe('many plans in the «один документ» layout', () => {
  function bigSchool(mentees: number) {
    const consent = new Date(2026, 8, 1);
    const mentors = Array.from({ length: 10 }, (_, i) => [
      `НК-${i}`,
      `Наставникова Ольга ${i}`,
      'педагог',
      'Школа',
      'учитель',
      'учитель – учитель',
      30,
      consent,
    ]);
    const people = Array.from({ length: mentees }, (_, i) => [
      `НЯ-${i}`,
      `Молодова Анна ${i}`,
      'молодой специалист',
      'Школа',
      'учитель',
      25,
      'методика урока',
      'учитель – учитель',
      consent,
    ]);
    const pairs = people.map((p, i) => [
      `П-${i}`,
      '',
      `НК-${i % 10}`,
      `Наставникова Ольга ${i % 10}`,
      p[0],
      p[1],
      'учитель – учитель',
      '',
      'Школа',
      null,
      null,
      'активна',
      null,
    ]);
    return schoolWithRoadmap({
      Наставники: [
        [
          'ID',
          'ФИО',
          'Категория',
          'Организация',
          'Должность / класс',
          'Формы наставничества',
          'Лимит наставляемых',
          'Согласие на обработку ПДн (дата)',
        ],
        ...mentors,
      ],
      Наставляемые: [
        [
          'ID',
          'ФИО',
          'Категория',
          'Организация',
          'Должность / класс',
          'Возраст',
          'Дефициты / запрос',
          'Желаемая форма',
          'Согласие на обработку ПДн (дата)',
        ],
        ...people,
      ],
      Пары: [PAIR_HEADER, ...pairs],
    });
  }

  it('splits the plans into documents of 100 mentees, one per chunk, resuming after a pause', () => {
    const workbook = bigSchool(230);
    const documents = new RecordingDocuments();
    const store = new MemoryStore();
    expect(plannedDocuments(memoryEnv(workbook, NOW, { store }), ['plans']).count).toBe(3);
    let remaining = 45_000;
    const budget = { remainingMs: () => remaining };
    const original = documents.create.bind(documents);
    documents.create = (model) => {
      remaining -= 10_000;
      return original(model);
    };
    const first = createDocuments(memoryEnv(workbook, NOW, { documents, store, budget }), ['plans']);
    expect(first.status).toBe('paused');
    remaining = 300_000;
    const second = createDocuments(memoryEnv(workbook, NOW, { documents, store, budget }), []);
    expect(second.status).toBe('done');
    expect(documents.models.map((m) => m.name)).toEqual([
      'Индивидуальные планы развития 2026-2027 (часть 1 из 3)',
      'Индивидуальные планы развития 2026-2027 (часть 2 из 3)',
      'Индивидуальные планы развития 2026-2027 (часть 3 из 3)',
    ]);
    expect(documents.models.map((m) => m.blocks.filter((b) => b.kind === 'pageBreak').length + 1)).toEqual([
      100, 100, 30,
    ]);
    expect(second.lines.join('\n')).toContain(
      'Индивидуальные планы: 230 наставляемых в 3 документах, каждый наставляемый с новой страницы.',
    );
  });

  it('makes one document per organization in a municipal programme, each named after its school', () => {
    const workbook = bigSchool(6);
    const mentees = workbook.sheets.get('Наставляемые') as unknown[][];
    mentees.slice(1).forEach((row, i) => {
      row[3] = i % 2 === 0 ? 'МБОУ СОШ № 3' : 'МБОУ «Гимназия № 2»';
    });
    const documents = new RecordingDocuments();
    const outcome = createDocuments(memoryEnv(workbook, NOW, { documents, store: new MemoryStore() }), ['plans']);
    expect(outcome.status).toBe('done');
    expect(documents.models.map((m) => m.name)).toEqual([
      'Индивидуальные планы развития — МБОУ СОШ № 3 — 2026-2027',
      'Индивидуальные планы развития — МБОУ «Гимназия № 2» — 2026-2027',
    ]);
    for (const model of documents.models) {
      const school = model.name.split(' — ')[1];
      const headers = model.blocks.filter(
        (b) => b.kind === 'paragraph' && b.align === 'center' && plainTextOf(b).startsWith('МБОУ'),
      );
      // The documents are typeset: «№ 3» keeps its number with a non-breaking space.
      expect(headers.map((b) => plainTextOf(b).replace(/\u00a0/g, ' '))).toEqual([school, school, school]);
    }
    expect(workbook.sheets.has('Цели индивидуальных планов')).toBe(true);
    expect(outcome.lines.join('\n')).toContain('у каждой из 2 организаций свои');
  });
});

function plainTextOf(block: DocBlock): string {
  return block.kind === 'paragraph' ? block.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('') : '';
}
