/**
 * `npm run preview`: serves the built sidebars (dist/*.html) on localhost with a stand-in for
 * google.script.run that runs the same server calls (src/core/usecases/sidebar-api.ts) through
 * the offline engine on a copy of the demo workbook. The UI can be seen and clicked without
 * Google; what the sidebars write lands in the copy (out/preview.xlsx by default). The progress
 * dialog (progress.html) drives the resumable jobs through jobStep / jobCancel as in Apps Script
 * (previewJobs); with `jobStepBudgetMs: 0` every call does one chunk, as a long job does there.
 *
 *   npm run preview                        # demo workbook, http://localhost:8787/
 *   npx tsx scripts/preview.ts --workbook my.xlsx --port 9000
 *   open http://localhost:8787/panel.html?lang=en for English
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { menuItems } from '../src/core/menu';
import type { Locale } from '../src/core/ports';
import { SIDEBAR_CALLS } from '../src/core/usecases/sidebar-api';
import { abandonJob } from '../src/core/jobs/run-job';
import { cancelledProgress, nothingToDo, progressOf } from '../src/gas/handlers/progress';
import { CONTINUE_LINE, CURRENT_JOB_KEY, pausedOutcomeIn, trackJob, userMessage } from '../src/gas/run-action';
import { type LocalEnv, openLocalEnv } from '../src/local/local-env';
import { PREVIEW_MENU_ACTIONS, type PreviewJob, previewJobs } from './preview-actions';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface PreviewOptions {
  /** The workbook the calls read and write (it is modified in place). */
  workbook: string;
  port?: number;
  distDir?: string;
  /** Logs each call to stdout. */
  verbose?: boolean;
  /**
   * How long each call that runs a resumable job may work (jobStep, and the sidebar calls that
   * start one): 0 makes every call do one chunk and pause, as a long job does in Apps Script.
   * Default: no limit (offline, a job finishes in its first call).
   */
  jobStepBudgetMs?: number;
  /** Rows of «Ответы» per chunk of the answer import (default: the engine's). */
  answerRowsPerChunk?: number;
}

export interface Preview {
  url: string;
  /** This run's secret: every POST must carry it in `x-preview-token` (the served pages do). */
  token: string;
  close(): Promise<void>;
}

/** What the next call of a function does differently (set by tests through /__preview/next). */
interface Rig {
  error?: string;
  delayMs?: number;
  /** Keep the rig for every later call of the function too (until another rig replaces it). */
  repeat?: boolean;
}

type Reply = { ok: true; value: unknown } | { ok: false; message: string };

/** The page-side stand-in: google.script.run posts each call to /rpc/<function>. */
function standIn(token: string): string {
  return `<script>(function () {
  var lang = new URLSearchParams(location.search).get('lang') || 'ru';
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f); };
        if (name === 'withUserObject') return function () { return runner(success, failure); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc/' + encodeURIComponent(String(name)), {
            method: 'POST', headers: { 'content-type': 'application/json', 'x-locale': lang, 'x-preview-token': ${JSON.stringify(token)} }, body: JSON.stringify(args)
          }).then(function (response) {
            return response.json().then(function (body) {
              if (body && body.navigate) { location.href = body.navigate + location.search; return; }
              if (response.ok) { if (success) success(body); } else if (failure) failure(new Error(body.error || 'Ошибка сервера'));
            });
          }).catch(function (error) { if (failure) failure(error); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {}, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } } } };
})();</script>`;
}

/** Sidebars opened from menu items: in the preview they open as pages. */
const SIDEBAR_PAGES: Record<string, string> = {
  menuShowPanel: 'panel.html',
  menuShowMatching: 'matching.html',
  menuShowQuestionnaires: 'questionnaires.html',
  menuAbout: 'about.html',
};

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const distDir = options.distDir ?? join(ROOT, 'dist');
  const env = await openLocalEnv(options.workbook, { progress: { report: () => undefined } });
  const rigs = new Map<string, Rig>();
  const jobs = previewJobs({ answerRowsPerChunk: options.answerRowsPerChunk });
  let queue: Promise<unknown> = Promise.resolve();

  const call = (name: string, args: unknown[], locale: Locale): Promise<Reply | { navigate: string }> => {
    const next = queue.then(() => runCall(env, options, name, args, locale, rigs, jobs));
    queue = next.catch(() => undefined);
    return next;
  };

  const token = randomBytes(16).toString('hex');
  let port = 0;
  const server = createServer((request, response) => {
    const refusal = refuse(request, port, token);
    if (refusal) {
      send(response, 403, 'application/json', JSON.stringify({ error: refusal }));
      return;
    }
    handle(request, response, distDir, token, call, rigs, options.verbose ?? false).catch((error) => {
      console.error(error);
      send(response, 500, 'application/json', JSON.stringify({ error: 'Ошибка предпросмотра' }));
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, token, close: () => closeServer(server) };
}

/**
 * The preview writes the workbook, so only its own pages may call it: the Host must be this
 * server (no DNS rebinding), an Origin, when sent, must be this server's, and every POST must
 * carry the run's token — which another page cannot read, and a no-cors request cannot send.
 */
export function refuse(request: IncomingMessage, port: number, token: string): string | null {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!own.includes(String(request.headers.host ?? ''))) return 'Запрос отклонён: чужой адрес сервера';
  const origin = request.headers.origin;
  if (origin !== undefined && !own.some((host) => origin === `http://${host}`)) {
    return 'Запрос отклонён: страница с другого адреса';
  }
  if (request.method !== 'GET' && request.headers['x-preview-token'] !== token) {
    return 'Запрос отклонён: нет ключа этого запуска предпросмотра';
  }
  return null;
}

async function runCall(
  env: LocalEnv,
  options: PreviewOptions,
  name: string,
  args: unknown[],
  locale: Locale,
  rigs: Map<string, Rig>,
  jobs: Record<string, PreviewJob>,
): Promise<Reply | { navigate: string }> {
  if (SIDEBAR_PAGES[name]) return { navigate: `/${SIDEBAR_PAGES[name]}` };
  const workbookPath = options.workbook;
  const localized = { ...env, locale };
  // A job's call works like one Apps Script execution: at most jobStepBudgetMs (then it pauses).
  // A job that needs a whole execution per call (pair formation: stepBudgetMs) gets it, as there.
  const jobEnv = (key: string | undefined) => {
    const budget = (key ? jobs[key]?.stepBudgetMs : undefined) ?? options.jobStepBudgetMs ?? Number.POSITIVE_INFINITY;
    return { ...localized, budget: { remainingMs: () => budget } };
  };
  const rig = rigs.get(name);
  if (!rig?.repeat) rigs.delete(name);
  if (rig?.delayMs) await new Promise((done) => setTimeout(done, rig.delayMs));
  const sidebarCall = (
    SIDEBAR_CALLS as Record<
      string,
      { title: string; lock: boolean; resumeAs?: string; run(env: LocalEnv, ...args: unknown[]): unknown }
    >
  )[name];
  const title = sidebarCall?.title ?? menuTitle(name) ?? name;
  try {
    if (rig?.error !== undefined) throw new Error(rig.error);
    if (sidebarCall) {
      const resumeAs = sidebarCall.resumeAs;
      // The sidebar's import is the import job itself: run it with the preview's chunk size.
      const job = name === 'sidebarImportAnswers' && resumeAs ? jobs[resumeAs] : undefined;
      const value = job ? job.run(jobEnv(resumeAs)) : sidebarCall.run(resumeAs ? jobEnv(resumeAs) : localized, ...args);
      if (resumeAs) trackPreviewJob(env, resumeAs, value);
      if (sidebarCall.lock) await env.save(workbookPath);
      return { ok: true, value: JSON.parse(JSON.stringify(value)) };
    }
    if (name === 'jobStep' || name === 'jobCancel') {
      const key = String(args[0] ?? '') || env.store.get(CURRENT_JOB_KEY) || '';
      const job = jobs[key];
      if (!job) return { ok: true, value: nothingToDo(key) };
      if (name === 'jobCancel') {
        abandonJob(env.store, job.jobId);
        if (env.store.get(CURRENT_JOB_KEY) === key) env.store.delete(CURRENT_JOB_KEY);
        await env.save(workbookPath);
        return { ok: true, value: cancelledProgress(key, job) };
      }
      const outcome = job.run(jobEnv(key));
      trackPreviewJob(env, key, outcome);
      await env.save(workbookPath);
      return { ok: true, value: progressOf(key, job, outcome, locale) };
    }
    if (name === 'sidebarOpenSheet') {
      const sheet = String(args[0]);
      if (!env.workbook.sheetNames().includes(sheet)) {
        return {
          ok: false,
          message: `Листа «${sheet}» в таблице нет. Возможно, его ещё не создали или переименовали.`,
        };
      }
      return { ok: true, value: sheet };
    }
    const menuAction = PREVIEW_MENU_ACTIONS[name];
    if (menuAction) {
      const value = menuAction(localized);
      await env.save(workbookPath);
      return { ok: true, value: JSON.parse(JSON.stringify(value)) };
    }
    return {
      ok: false,
      message: `«${title}» в предпросмотре недоступно: выполните это в Google Таблице или командой nastavnik.`,
    };
  } catch (error) {
    return { ok: false, message: userMessage(title, error) };
  }
}

/** As Apps Script's runServerAction: a paused job becomes the current one (the dialog continues it). */
function trackPreviewJob(env: LocalEnv, key: string, value: unknown): void {
  const paused = pausedOutcomeIn(value);
  trackJob(env, key, paused !== null);
  if (paused) paused.lines = [...paused.lines, CONTINUE_LINE];
}

function menuTitle(name: string): string | undefined {
  return menuItems().find((entry) => entry.functionName === name)?.ru;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  distDir: string,
  token: string,
  call: (name: string, args: unknown[], locale: Locale) => Promise<unknown>,
  rigs: Map<string, Rig>,
  verbose: boolean,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'POST' && url.pathname.startsWith('/rpc/')) {
    const name = decodeURIComponent(url.pathname.slice('/rpc/'.length));
    const body = await readBody(request);
    const args: unknown = body === '' ? [] : JSON.parse(body);
    const locale: Locale = request.headers['x-locale'] === 'en' ? 'en' : 'ru';
    if (verbose) console.log(`→ ${name}(${body.slice(0, 200)})`);
    const reply = await call(name, Array.isArray(args) ? args : [], locale);
    send(response, 200, 'application/json', JSON.stringify(reply));
    return;
  }
  if (request.method === 'POST' && url.pathname === '/__preview/next') {
    // Test hook: the next call of a function fails with this error and/or answers late.
    const { name, error, delayMs, repeat } = JSON.parse(await readBody(request)) as {
      name: string;
      error?: string;
      delayMs?: number;
      repeat?: boolean;
    };
    rigs.set(name, { error, delayMs, repeat });
    send(response, 200, 'application/json', '{}');
    return;
  }
  const page = url.pathname === '/' ? null : url.pathname.slice(1);
  const pages = readdirSync(distDir).filter((file) => file.endsWith('.html'));
  if (page === null) {
    const links = pages
      .map((file) => `<li><a href="/${file}">${file}</a> · <a href="/${file}?lang=en">en</a></li>`)
      .join('');
    send(
      response,
      200,
      'text/html; charset=utf-8',
      `<!DOCTYPE html><meta charset="utf-8"><title>Наставник: предпросмотр</title><h1>Боковые панели</h1><ul>${links}</ul>`,
    );
    return;
  }
  if (!pages.includes(page)) {
    send(response, 404, 'text/plain; charset=utf-8', 'Нет такой страницы');
    return;
  }
  const html = readFileSync(join(distDir, page), 'utf8').replace(/<head>/i, () => `<head>${standIn(token)}`);
  send(response, 200, 'text/html; charset=utf-8', html);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The demo workbook (generated by `npm run demo` when missing), copied so the demo stays as it was. */
export function previewWorkbook(chosen = argument('workbook')): string {
  if (chosen) return resolve(chosen);
  const demo = join(ROOT, 'out', 'demo.xlsx');
  if (!existsSync(demo)) {
    console.log('out/demo.xlsx не найден — создаю демо-таблицу (npm run demo)…');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'nastavnik.mjs'), 'demo', '--dir', join(ROOT, 'out')], {
      stdio: 'inherit',
    });
    if (run.status !== 0 || !existsSync(demo))
      throw new Error('Не удалось создать out/demo.xlsx: выполните npm run demo и посмотрите сообщение');
  }
  const copy = join(ROOT, 'out', 'preview.xlsx');
  copyFileSync(demo, copy);
  return copy;
}

async function main(): Promise<void> {
  const workbook = previewWorkbook();
  const preview = await startPreview({ workbook, port: Number(argument('port') ?? 8787), verbose: true });
  console.log(`Предпросмотр боковых панелей: ${preview.url}/  (таблица: ${workbook})`);
  console.log(
    `  ${preview.url}/panel.html  ${preview.url}/matching.html  ${preview.url}/questionnaires.html  ${preview.url}/about.html`,
  );
  console.log('  английский интерфейс: добавьте ?lang=en. Остановить: Ctrl+C');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
