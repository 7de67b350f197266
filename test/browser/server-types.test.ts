/**
 * Compile-time checks of the sidebar → server wrapper (sidebar/shared/server.ts); `npm test`
 * type-checks before running, so a wrong name or a Date crossing the boundary fails the run.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { ArgsOf, MenuFunction, PlainJson, ResultOf, ServerFunction } from '../../sidebar/shared/server';

type Passes<T> = [T] extends [PlainJson<T>] ? true : false;

describe('the typed google.script.run wrapper', () => {
  it('accepts only plain JSON results (no Date, no functions)', () => {
    expectTypeOf<Passes<{ at: Date }>>().toEqualTypeOf<false>();
    expectTypeOf<Passes<{ run: () => void }>>().toEqualTypeOf<false>();
    expectTypeOf<Passes<{ at: string; list?: Array<{ n: number | null }> }>>().toEqualTypeOf<true>();
  });

  it('derives callable names, arguments and results from the entry module', () => {
    expectTypeOf<'sidebarDashboard'>().toExtend<ServerFunction>();
    expectTypeOf<'sidebarSaveMatchingSettings'>().toExtend<ServerFunction>();
    expectTypeOf<'onOpen'>().not.toExtend<ServerFunction>();
    expectTypeOf<'sidebarNoSuchFunction'>().not.toExtend<ServerFunction>();
    expectTypeOf<'menuShowPanel'>().toExtend<MenuFunction>();
    expectTypeOf<ArgsOf<'sidebarCreateQuestionnaire'>>().toEqualTypeOf<[template: string, wave: string]>();
    expectTypeOf<ResultOf<'sidebarDashboard'>['generatedAt']>().toEqualTypeOf<string>();
  });
});
