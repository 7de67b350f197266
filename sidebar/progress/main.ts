/**
 * The progress dialog: drives a long job from the client. It calls `jobStep` through
 * google.script.run — each call a fresh Apps Script execution with the spreadsheet open — until
 * the job says done, showing a bar and «Создано 40 из 120». «Отменить» lets the running call end,
 * then forgets the saved position (`jobCancel`). Closing the window just stops calling: the
 * position stays saved and the same menu item continues from it.
 */
import type { JobProgress } from '../../src/gas/handlers/progress';
import { byId, el, replaceChildren } from '../shared/dom';
import { translator } from '../shared/i18n';
import { callServer } from '../shared/server';
import { errorText } from '../shared/ui';

const t = translator({
  ru: {
    working: 'Работа продолжается…',
    hint: 'Окно можно закрыть: сделанное сохранено, и тот же пункт меню продолжит с того же места.',
    cancel: 'Отменить',
    cancelling: 'Останавливаю после текущей части…',
    close: 'Закрыть',
    failed: 'Работа остановилась',
    retry: 'Сделанное сохранено. Выберите тот же пункт меню ещё раз, чтобы продолжить с того же места.',
    generic: 'Что-то пошло не так.',
  },
  en: {
    working: 'Working…',
    hint: 'You may close this window: the work done is saved, and the same menu item continues from the same place.',
    cancel: 'Cancel',
    cancelling: 'Stopping after the current part…',
    close: 'Close',
    failed: 'The work stopped',
    retry: 'The work done is saved. Choose the same menu item again to continue from the same place.',
    generic: 'Something went wrong.',
  },
});

/** Enough calls for any job; a job that never ends must not keep the browser busy forever. */
const MAX_STEPS = 500;

let cancelRequested = false;

function show(progress: JobProgress): void {
  byId('title').textContent = progress.title;
  const share =
    progress.status === 'done'
      ? 100
      : progress.done !== null && progress.total
        ? Math.round((100 * progress.done) / progress.total)
        : 0;
  byId('fill').style.width = `${share}%`;
  byId('bar').setAttribute('aria-valuenow', String(share));
  byId('caption').textContent = progress.caption;
  replaceChildren(byId('lines'), ...progress.lines.map((line) => el('li', {}, line)));
}

function finished(): void {
  byId('cancel').hidden = true;
  byId('close').hidden = false;
  byId('hint').hidden = true;
}

async function drive(): Promise<void> {
  let jobId = '';
  try {
    for (let step = 0; step < MAX_STEPS; step++) {
      if (cancelRequested) {
        show(await callServer('jobCancel', jobId));
        break;
      }
      const progress = await callServer('jobStep', jobId);
      jobId = progress.jobId;
      show(progress);
      if (progress.status !== 'running') break;
    }
  } catch (error) {
    byId('title').textContent = t('failed');
    byId('caption').textContent = errorText(error, t('generic'));
    replaceChildren(byId('lines'), el('li', {}, t('retry')));
  }
  finished();
}

byId('cancel').addEventListener('click', () => {
  cancelRequested = true;
  (byId('cancel') as HTMLButtonElement).disabled = true;
  byId('caption').textContent = t('cancelling');
});
byId('close').addEventListener('click', () => google.script.host.close());
void drive();
