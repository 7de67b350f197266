import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import { BASE_SETTINGS } from '../../../src/core/settings/base-settings';
import type { SettingSpec } from '../../../src/core/settings/setting';
import { Settings } from '../../../src/core/settings/settings';
import { readMatchingSettings, saveMatchingSettings } from '../../../src/core/usecases/matching-settings';
import { MemoryWorkbook, memoryEnv } from '../../support/memory-workbook';

const MATCHING: SettingSpec[] = [
  {
    key: 'matchingMode',
    section: 'Подбор',
    label: 'Режим подбора',
    type: 'choice',
    default: 'оптимальный',
    choices: ['оптимальный', 'по взаимному выбору', 'группы'],
    description: 'Как формировать пары',
  },
  {
    key: 'weightDeficits',
    section: 'Подбор',
    label: 'Вес: дефициты и компетенции',
    type: 'number',
    default: 5,
    min: 0,
    max: 10,
    description: 'Насколько важно закрыть дефициты',
  },
  {
    key: 'groupMax',
    section: 'Подбор',
    label: 'Группа: не больше',
    type: 'int',
    default: 5,
    min: 2,
    max: 30,
    description: 'Наибольший размер группы',
  },
];
const SPECS = [...BASE_SETTINGS, ...MATCHING];

const SHEET: Grid = [
  ['Раздел', 'Параметр', 'Значение', 'Пояснение', 'Ключ', 'Заметки куратора'],
  ['Программа', 'Название организации', 'МБОУ СОШ № 1', '', 'organizationName', 'не трогать'],
  ['Участники', 'Лимит наставляемых на наставника', 4, '', 'mentorLoadLimit', null],
  ['Подбор', 'Режим подбора', 'группы', '', 'matchingMode', 'решили на педсовете'],
  ['Подбор', 'Вес: дефициты и компетенции', 'много', '', 'weightDeficits', null],
];

describe('matching settings', () => {
  it('reads the «Подбор» section and the load limit from «Настройки», with defaults and warnings', () => {
    const view = readMatchingSettings(memoryEnv(new MemoryWorkbook({ Настройки: SHEET })), SPECS);
    expect(view.fields.map((f) => f.key)).toEqual(['mentorLoadLimit', 'matchingMode', 'weightDeficits', 'groupMax']);
    const byKey = new Map(view.fields.map((f) => [f.key, f]));
    expect(byKey.get('mentorLoadLimit')?.value).toBe(4);
    expect(byKey.get('matchingMode')?.value).toBe('группы');
    expect(byKey.get('weightDeficits')).toMatchObject({ value: 5, defaultValue: 5, isWeight: true, min: 0, max: 10 });
    expect(byKey.get('groupMax')).toMatchObject({ value: 5, isWeight: false });
    expect(view.warnings).toHaveLength(1);
    expect(view.warnings[0]).toMatch(/Строка 5: «Вес: дефициты и компетенции»: ожидается число от 0 до 10/);
  });

  it('writes the values into their rows, adds missing rows, and keeps everything else of the sheet', () => {
    const workbook = new MemoryWorkbook({ Настройки: SHEET });
    const env = memoryEnv(workbook);
    const before = workbook.grid('Настройки');
    const result = saveMatchingSettings(
      env,
      { mentorLoadLimit: 2, matchingMode: 'по взаимному выбору', weightDeficits: '7,5', groupMax: 8 },
      SPECS,
    );
    expect(result.errors).toEqual([]);
    expect(result.saved.sort()).toEqual(['groupMax', 'matchingMode', 'mentorLoadLimit', 'weightDeficits']);
    const grid = workbook.grid('Настройки');
    expect(grid[1]).toEqual(before[1]);
    expect(grid[2][2]).toBe(2);
    expect(grid[3]).toEqual([
      'Подбор',
      'Режим подбора',
      'по взаимному выбору',
      null,
      'matchingMode',
      'решили на педсовете',
    ]);
    expect(grid[4][2]).toBe(7.5);
    expect(grid[5]).toEqual([
      'Подбор',
      'Группа: не больше',
      8,
      'Наибольший размер группы (по умолчанию: 5)',
      'groupMax',
      null,
    ]);
    const settings = Settings.fromSheet(grid, SPECS);
    expect(settings.text('matchingMode')).toBe('по взаимному выбору');
    expect(settings.number('weightDeficits')).toBe(7.5);
    expect(result.view.fields.find((f) => f.key === 'groupMax')?.value).toBe(8);
  });

  it('writes nothing when a value is invalid and names the setting in Russian', () => {
    const workbook = new MemoryWorkbook({ Настройки: SHEET });
    const before = workbook.grid('Настройки');
    const result = saveMatchingSettings(
      memoryEnv(workbook),
      { mentorLoadLimit: 0, matchingMode: 'случайный', weightDeficits: 3 },
      SPECS,
    );
    expect(result.saved).toEqual([]);
    expect(result.errors).toEqual([
      '«Лимит наставляемых на наставника»: ожидается целое число от 1 до 50',
      '«Режим подбора»: ожидается одно из: оптимальный, по взаимному выбору, группы',
    ]);
    expect(workbook.grid('Настройки')).toEqual(before);
  });

  it('refuses keys that are not matching settings', () => {
    const result = saveMatchingSettings(
      memoryEnv(new MemoryWorkbook({ Настройки: SHEET })),
      { organizationName: 'Взлом' },
      SPECS,
    );
    expect(result.errors[0]).toMatch(/organizationName/);
  });

  it('creates «Настройки» rows when the sheet does not exist yet', () => {
    const workbook = new MemoryWorkbook();
    const env = memoryEnv(workbook);
    expect(readMatchingSettings(env, SPECS).sheetExists).toBe(false);
    saveMatchingSettings(env, { matchingMode: 'группы' }, SPECS);
    const grid = workbook.grid('Настройки');
    expect(grid[0]).toEqual(['Раздел', 'Параметр', 'Значение', 'Пояснение', 'Ключ']);
    expect(Settings.fromSheet(grid, SPECS).text('matchingMode')).toBe('группы');
  });
});
