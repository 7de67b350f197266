import { randomBytes } from 'node:crypto';
import { link, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileProblem } from './files';
import { removeOnInterrupt } from './interrupt';

/** A held lock: `release()` removes it (only if it is still ours); `notes` tell what was cleaned up. */
export type WorkbookLock = (() => Promise<void>) & { notes: string[] };

export function lockPathOf(path: string): string {
  return join(dirname(path), `.~${basename(path)}.nastavnik-lock`);
}

/**
 * The offline counterpart of Apps Script's document lock: a lock file beside the workbook, so two
 * runs never write the same file at once. The lock is created atomically *with* its content — the
 * owner's pid and a per-run token are written to a private file which is then hard-linked to the
 * lock's name (link fails if the name exists) — so no run ever sees an empty lock. A lock left by a
 * run that died (its process is gone) is taken over and reported, with the temporary files it left.
 */
export async function lockWorkbook(path: string): Promise<WorkbookLock> {
  const lockPath = lockPathOf(path);
  const token = `${process.pid}\n${randomBytes(12).toString('hex')}\n`;
  const notes: string[] = [];
  const staging = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(staging, token, { flag: 'wx' });
  } catch {
    // The folder is read-only: nothing can be written there, the save will say so.
    return Object.assign(async () => {}, { notes });
  }
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(staging, lockPath);
        await cleanLeftovers(path, notes);
        const forget = removeOnInterrupt(lockPath);
        const release = async () => {
          forget();
          if ((await readFile(lockPath, 'utf8').catch(() => '')) === token) await rm(lockPath, { force: true });
        };
        return Object.assign(release, { notes });
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST') return Object.assign(async () => {}, { notes });
        const held = await readFile(lockPath, 'utf8').catch(() => null);
        if (held === null) continue; // released meanwhile: try again
        const owner = Number(held.split('\n')[0].trim());
        if (owner > 0 && alive(owner)) {
          throw new FileProblem(
            `Книгу «${path}» сейчас обрабатывает другой запуск «Наставника» (процесс ${owner}). Дождитесь его окончания и повторите`,
          );
        }
        if (await takeOverStale(lockPath, held)) {
          notes.push(
            `Найдена блокировка прерванного запуска${owner > 0 ? ` (процесс ${owner})` : ''}: файл «${lockPath}» удалён.`,
          );
        }
      }
    }
  } finally {
    await rm(staging, { force: true });
  }
  throw new FileProblem(`Не удалось занять книгу «${path}» для записи. Повторите через минуту`);
}

/**
 * Removes a dead run's lock only if it is still that lock: it is first renamed to a private name
 * (atomic), then checked; a live lock another run created in between is put back.
 */
async function takeOverStale(lockPath: string, seen: string): Promise<boolean> {
  const aside = `${lockPath}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return false;
  }
  const content = await readFile(aside, 'utf8').catch(() => '');
  if (content !== seen) await link(aside, lockPath).catch(() => {});
  await rm(aside, { force: true });
  return content === seen;
}

/** Half-written copies (`.<name>.<pid>.tmp`, personal data) of runs that were killed: removed and reported. */
async function cleanLeftovers(path: string, notes: string[]): Promise<void> {
  const folder = dirname(path);
  const prefix = `.${basename(path)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || alive(pid)) continue;
    await rm(join(folder, name), { force: true });
    notes.push(`Удалён недописанный временный файл прерванного запуска: «${join(folder, name)}».`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
