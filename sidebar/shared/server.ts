/**
 * The one typed way a sidebar talks to the server. Function names, arguments and results are
 * taken from the Apps Script entry module's exports (`typeof import('src/gas/entry')`), so a
 * renamed or removed server function, a wrong argument, or a result that is not plain JSON
 * (a Date…) fails the type-check instead of failing in front of a curator.
 */
import type * as Entry from '../../src/gas/entry';

type EntryModule = typeof Entry;
type Reply<T> = { ok: true; value: T } | { ok: false; message: string };

/** A type that survives JSON unchanged (no Date, functions, class instances with methods). */
export type PlainJson<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends Date | ((...args: never[]) => unknown)
    ? never
    : T extends readonly (infer U)[]
      ? PlainJson<U>[]
      : T extends object
        ? { [K in keyof T]: PlainJson<T[K]> }
        : never;

type ValueOf<R> = R extends { ok: true; value: infer T } ? T : never;

/** Exports that answer a sidebar: they return `{ok, value | message}` whose value is plain JSON. */
export type ServerFunction = {
  [K in keyof EntryModule]: EntryModule[K] extends (...args: never[]) => Reply<unknown>
    ? ValueOf<ReturnType<EntryModule[K]>> extends PlainJson<ValueOf<ReturnType<EntryModule[K]>>>
      ? K
      : never
    : never;
}[keyof EntryModule];

/** Exports a sidebar may start as a menu action (they show their own dialog). */
export type MenuFunction = Extract<keyof EntryModule, `menu${string}`>;

export type ArgsOf<K extends ServerFunction> = Parameters<EntryModule[K]>;
export type ResultOf<K extends ServerFunction> = ValueOf<ReturnType<EntryModule[K]>>;

/** Raised for `{ok:false}` replies and for failed calls; `message` is for the user. */
export class ServerError extends Error {}

const CALL_FAILED = {
  ru: 'Не удалось связаться с таблицей. Проверьте подключение к интернету и попробуйте ещё раз.',
  en: 'Could not reach the spreadsheet. Check the connection and try again.',
};

/**
 * With several Google accounts signed in, google.script.run fails with "Authorization is
 * required" / PERMISSION_DENIED (issuetracker.google.com/69270374): the cause is the accounts.
 */
const SEVERAL_ACCOUNTS = {
  ru: 'Google не пустил вызов: похоже, в браузере открыто несколько аккаунтов Google одновременно. Откройте таблицу в окне инкогнито (или выйдите из остальных аккаунтов), войдите в один аккаунт — тот, у которого есть доступ к таблице, — и повторите.',
  en: 'Google refused the call: several Google accounts seem to be signed in at once in this browser. Open the spreadsheet in a private window (or sign out of the other accounts), sign in with one account that has access, and try again.',
};
const AUTHORIZATION_FAILURE = /authori[sz]ation is required|PERMISSION_DENIED|требуется авторизация/i;

let locale: 'ru' | 'en' = 'ru';

export function setServerLocale(value: 'ru' | 'en'): void {
  locale = value;
}

function runner(): typeof google.script.run | null {
  const g = (globalThis as { google?: typeof google }).google;
  return g?.script?.run ?? null;
}

/** Readable text of a failure google.script.run reports (never a stack trace). */
function failureText(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const firstLine = raw
    .split('\n')[0]
    .replace(/^(Script)?Error:\s*/i, '')
    .trim();
  if (AUTHORIZATION_FAILURE.test(raw)) return SEVERAL_ACCOUNTS[locale];
  return firstLine && firstLine.length < 200 ? `${CALL_FAILED[locale]} (${firstLine})` : CALL_FAILED[locale];
}

function invoke(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const run = runner();
    if (!run) {
      reject(new ServerError(CALL_FAILED[locale]));
      return;
    }
    const endpoint = run
      .withSuccessHandler(resolve)
      .withFailureHandler((error) => reject(new ServerError(failureText(error))));
    const target = (endpoint as unknown as Record<string, (...params: unknown[]) => void>)[name];
    if (typeof target !== 'function') {
      reject(new ServerError(CALL_FAILED[locale]));
      return;
    }
    // The runner's methods read their handlers from `this`: call them on the runner.
    target.apply(endpoint, args);
  });
}

/** Calls a sidebar server function; resolves with its value, rejects with a readable ServerError. */
export async function callServer<K extends ServerFunction>(name: K, ...args: ArgsOf<K>): Promise<ResultOf<K>> {
  const reply = (await invoke(name, args)) as Reply<ResultOf<K>> | null | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new ServerError(CALL_FAILED[locale]);
  if (!reply.ok) throw new ServerError(reply.message);
  return reply.value;
}

/** Starts a menu action (it shows its own dialog in the spreadsheet when it ends). */
export async function runMenuFunction(name: MenuFunction): Promise<void> {
  await invoke(name, []);
}

export function isMenuFunction(name: string): name is MenuFunction {
  return /^menu[A-Z]\w*$/.test(name);
}
