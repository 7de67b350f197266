import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/core/problems/problem';
import { mergeTemplatesSheet, readTemplates } from '../../../src/core/survey/templates-sheet';
import { DEFAULT_TEMPLATES } from '../../../src/core/survey/templates';

const CODES = [
  'registration-mentor',
  'registration-mentee',
  'mentee-monitoring',
  'mentor-monitoring',
  'satisfaction',
  'swot',
  'preferences',
];

describe('«Шаблоны анкет»', () => {
  it('holds the default catalogue with stable codes and reads it back unchanged', () => {
    expect(DEFAULT_TEMPLATES.map((t) => t.code)).toEqual(CODES);
    const read = readTemplates(mergeTemplatesSheet(null));
    expect(read.map((t) => t.code)).toEqual(CODES);
    const mentee = read.find((t) => t.code === 'mentee-monitoring')!;
    const original = DEFAULT_TEMPLATES.find((t) => t.code === 'mentee-monitoring')!;
    expect(mentee.items.map((i) => [i.code, i.kind, i.title, i.exitTitle, i.required ?? false])).toEqual(
      original.items.map((i) => [i.code, i.kind, i.title, i.exitTitle, i.required ?? false]),
    );
    expect(read.find((t) => t.code === 'swot')!.items.filter((i) => i.swot === 'W').length).toBeGreaterThan(1);
    expect(
      read
        .find((t) => t.code === 'preferences')!
        .items.filter((i) => i.kind === 'rank')
        .map((i) => i.rank),
    ).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it('keeps the curator’s wording, switched-off items, own rows and columns when merged again', () => {
    const grid = mergeTemplatesSheet(null);
    const header = grid[0];
    const row = grid.findIndex((r) => r[0] === 'mentee-monitoring' && r[1] === 'comfort');
    grid[row][header.indexOf('Формулировка (выход)')] = 'Комфортно ли было с наставником?';
    grid[row][header.indexOf('Задавать')] = 'нет';
    grid.push(['mentee-monitoring', 'extra', 'шкала 1–10', 'Свой вопрос', null, null, 'да']);
    grid[0] = [...header, 'Моя пометка'];
    grid[1] = [...grid[1], 'важно'];
    const again = mergeTemplatesSheet(grid);
    expect(again.length).toBe(grid.length);
    expect(again[1][again[0].indexOf('Моя пометка')]).toBe('важно');
    const mentee = readTemplates(again).find((t) => t.code === 'mentee-monitoring')!;
    const comfort = mentee.items.find((i) => i.code === 'comfort')!;
    expect(comfort.exitTitle).toBe('Комфортно ли было с наставником?');
    expect(comfort.disabled).toBe(true);
    expect(mentee.items.find((i) => i.code === 'extra')).toMatchObject({
      kind: 'scale10',
      title: 'Свой вопрос',
      required: true,
    });
  });

  it('reports an unknown item type and keeps the rest', () => {
    const grid = mergeTemplatesSheet(null);
    grid.push(['swot', 'odd', 'рисунок', 'Нарисуйте программу']);
    const problems: Problem[] = [];
    const swot = readTemplates(grid, problems).find((t) => t.code === 'swot')!;
    expect(swot.items.some((i) => i.code === 'odd')).toBe(false);
    expect(problems[0]).toMatchObject({ sheet: 'Шаблоны анкет', row: grid.length, column: 'Тип' });
  });
});

describe('own templates and their waves', () => {
  const withOwn = (exitTitle: string | null) => {
    const grid = mergeTemplatesSheet(null);
    const header = grid[0];
    const row = header.map(() => null as string | null);
    row[header.indexOf('Шаблон')] = 'flash-meeting';
    row[header.indexOf('Код вопроса')] = 'useful';
    row[header.indexOf('Тип')] = 'шкала 1–10';
    row[header.indexOf('Формулировка (вход / разовая)')] = 'Насколько полезной была встреча?';
    row[header.indexOf('Формулировка (выход)')] = exitTitle;
    grid.push(row);
    return readTemplates(grid).find((t) => t.code === 'flash-meeting')!;
  };

  it('asks a template once unless one of its questions has an exit wording', () => {
    expect(withOwn(null).waves).toEqual(['разовая']);
    expect(withOwn('Насколько полезными оказались встречи?').waves).toEqual(['вход', 'выход']);
  });
});
