import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/core/cell';
import { checkBases } from '../../src/core/usecases/check-bases';
import { generateDemoWorkbook } from '../../src/local/demo/demo-workbook';
import { demoSurveyAnswers } from '../../src/local/demo/survey-answers';
import { TerminalProgress } from '../../src/local/terminal-progress';

describe('demo questionnaires', () => {
  it('fill «Анкеты», «Ответы», «Динамика» with growth, a renamed question and a few strangers — and re-running adds nothing', () => {
    const { env } = generateDemoWorkbook(
      { participants: 60, seed: 1, mistakes: true },
      { progress: new TerminalProgress(process.stderr, true) },
    );
    checkBases(env);
    const first = demoSurveyAnswers(env, 4, 2026);
    expect(Number(first.figures?.added)).toBeGreaterThan(100);
    expect(Number(first.figures?.unidentified)).toBeGreaterThan(0);
    const register = env.workbook.readSheet('Анкеты') ?? [];
    expect(register.length).toBe(8);
    const dynamics = env.workbook.readSheet('Динамика') ?? [];
    const h = dynamics[0];
    const program = dynamics.find((r) => r[0] === 'программа' && r[2] === 'Анкета наставляемого: ожидания и итоги');
    expect(Number(program?.[h.indexOf('Участников с обеими волнами')])).toBeGreaterThanOrEqual(5);
    expect(Number(program?.[h.indexOf('Разность (выход − вход)')])).toBeGreaterThan(0);
    const problems = (env.workbook.readSheet('Проблемы') ?? []).map((r) => r.map(cellText).join(' | '));
    expect(
      problems.some(
        (p) =>
          p.includes('Насколько полезными оказались для вас встречи с наставником?') && p.includes('meetingsUseful'),
      ),
    ).toBe(true);
    expect((env.workbook.readSheet('Предпочтения') ?? []).length).toBeGreaterThan(5);
    const again = demoSurveyAnswers(env, 4, 2026);
    expect(again.figures).toMatchObject({ added: 0, replaced: 0 });
  });
});
