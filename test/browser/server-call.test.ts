/**
 * sidebar/shared/server.ts against a google.script.run that behaves like Google's: the runner's
 * methods need their `this` (the runner carrying the handlers), and several signed-in accounts
 * make a call fail with "Authorization is required" (issuetracker 69270374).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { callServer, ServerError } from '../../sidebar/shared/server';

type Handler = (value: unknown) => void;

/** A runner whose server functions read their handlers from `this`, as the real one does. */
class Runner {
  constructor(
    private readonly reply: (runner: Runner) => void,
    readonly success: Handler | null = null,
    readonly failure: Handler | null = null,
  ) {}
  withSuccessHandler(handler: Handler): Runner {
    return new Runner(this.reply, handler, this.failure);
  }
  withFailureHandler(handler: Handler): Runner {
    return new Runner(this.reply, this.success, handler);
  }
  sidebarDashboard(this: Runner | undefined): void {
    if (!(this instanceof Runner)) throw new TypeError("Cannot read properties of undefined (reading 'success')");
    this.reply(this);
  }
}

function install(reply: (runner: Runner) => void): void {
  (globalThis as { google?: unknown }).google = { script: { run: new Runner(reply) } };
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

describe('callServer', () => {
  it('calls the server function on the runner, keeping `this`', async () => {
    install((runner) => runner.success?.({ ok: true, value: { generatedAt: 'x' } }));
    await expect(callServer('sidebarDashboard')).resolves.toEqual({ generatedAt: 'x' });
  });

  it('names several signed-in Google accounts as the cause, not the connection', async () => {
    install((runner) => runner.failure?.(new Error('ScriptError: Authorization is required to perform that action.')));
    const error = await callServer('sidebarDashboard').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).message).toMatch(/несколько аккаунтов Google/);
    expect((error as Error).message).toMatch(/инкогнито|один аккаунт/);
    expect((error as Error).message).not.toMatch(/подключение к интернету/);
  });
});
