import { describe, expect, it } from 'vitest';
import { outcome } from '../../../src/core/outcome';
import type { Env } from '../../../src/core/ports';
import { Settings, SETTINGS_SHEET } from '../../../src/core/settings/settings';
import { saveAndMatch } from '../../../src/core/usecases/matching-sidebar';
import { MemoryWorkbook, memoryEnv } from '../../support/memory-workbook';

describe('saveAndMatch', () => {
  it('saves the settings before the matching reads them', () => {
    const env = memoryEnv(new MemoryWorkbook());
    const seen: number[] = [];
    const run = saveAndMatch(env, { mentorLoadLimit: 2 }, (inner: Env) => {
      seen.push(Settings.fromSheet(inner.workbook.readSheet(SETTINGS_SHEET)).number('mentorLoadLimit'));
      return outcome('Пары сформированы', ['Предложено пар: 3'], {
        proposed: 3,
        pinned: 1,
        unmatched: 2,
        totalScore: 301,
      });
    });
    expect(seen).toEqual([2]);
    expect(run.settings.saved).toEqual(['mentorLoadLimit']);
    expect(run.outcome?.lines).toEqual(['Предложено пар: 3']);
    expect(run.summary).toEqual({ matched: 4, unmatched: 2, meanScore: 75.3 });
  });

  it('does not run the matching when a setting is invalid', () => {
    const env = memoryEnv(new MemoryWorkbook());
    let ran = false;
    const run = saveAndMatch(env, { mentorLoadLimit: 500 }, () => {
      ran = true;
      return outcome('x', []);
    });
    expect(ran).toBe(false);
    expect(run.outcome).toBeNull();
    expect(run.summary).toBeNull();
    expect(run.settings.errors[0]).toMatch(/Лимит наставляемых на наставника/);
  });
});
