/**
 * How long the questionnaire import takes in memory (parsing, identifying, merging, dynamics) —
 * the part that is not service calls. Run: npx tsx bench/import-answers.ts [responses=10000]
 */
import type { Grid } from '../src/core/cell';
import { importAnswers } from '../src/core/usecases/survey/import-answers';
import { MemoryWorkbook, memoryEnv } from '../test/support/memory-workbook';

const count = Number(process.argv[2] ?? 10_000);
const people = Math.ceil(count / 2);
const mentees: Grid = [['ID', 'ФИО', 'Организация', 'E-mail']];
for (let i = 1; i <= people; i++)
  mentees.push([`НЯ-${String(i).padStart(5, '0')}`, `Фамилия${i} Имя Отчество`, `Школа ${i % 40}`, `m${i}@school.ru`]);

function wave(name: string, shift: number): Grid {
  const header = [
    'Отметка времени',
    'Адрес электронной почты',
    'Фамилия, имя, отчество',
    'Образовательная организация',
    'Насколько комфортным вы ожидаете общение с наставником?',
    'Насколько эффективной, по вашим ожиданиям, будет для вас программа наставничества?',
    'Насколько вам понятно, что от вас ожидается в программе?',
    'Что вы хотите получить от работы с наставником?',
  ];
  const rows: Grid = [header];
  for (let i = 1; i <= people; i++) {
    const email = i % 3 === 0 ? '' : `m${i}@school.ru`;
    rows.push([
      new Date(2026, 10, 1 + (i % 20), 9, i % 60),
      email,
      `Фамилия${i} Имя Отчество`,
      `Школа ${i % 40}`,
      1 + ((i + shift) % 10),
      1 + ((i * 3 + shift) % 10),
      1 + ((i * 7) % 10),
      `${name} ${i}`,
    ]);
  }
  return rows;
}

const book = new MemoryWorkbook({ Наставляемые: mentees });
const env = memoryEnv(book);
const files = [
  { name: 'entry.csv', grid: wave('вход', 0), template: 'mentee-monitoring', wave: 'вход' },
  { name: 'exit.csv', grid: wave('выход', 2), template: 'mentee-monitoring', wave: 'выход' },
];
for (const run of ['first import', 'same files again']) {
  const started = performance.now();
  const result = importAnswers(env, files);
  console.log(`${run}: ${count} responses, ${Math.round(performance.now() - started)} ms —`, result.figures);
}
