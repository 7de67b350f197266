import { constants } from 'node:fs';
import { access, copyFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { LocalEnv } from '../local-env';
import { removeOnInterrupt } from './interrupt';

/** A file-level failure the user can fix (missing file, locked file, no rights): exit status 1. */
export class FileProblem extends Error {}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** `книга.xlsx` → `книга.bak-20260901-143005.xlsx` next to it (never overwriting an earlier backup). */
export async function backupCopy(path: string, now: Date): Promise<string> {
  const ext = extname(path) || '.xlsx';
  const stem = basename(path, extname(path));
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  let target = join(dirname(path), `${stem}.bak-${stamp}${ext}`);
  for (let n = 2; await exists(target); n++) target = join(dirname(path), `${stem}.bak-${stamp}-${n}${ext}`);
  try {
    await copyFile(path, target);
  } catch (error) {
    throw new FileProblem(`Не удалось сделать резервную копию «${path}»: ${reason(error)}. Книга не изменена`);
  }
  return target;
}

/**
 * Saves through a temporary file in the same folder and renames it over the target, so an
 * interrupted run never leaves a half-written workbook in place of the user's.
 */
export async function saveWorkbook(env: LocalEnv, path: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const forget = removeOnInterrupt(temporary);
  try {
    await env.save(temporary);
    await rename(temporary, path);
    forget();
  } catch (error) {
    await rm(temporary, { force: true });
    forget();
    throw new FileProblem(
      `Не удалось записать «${path}»: ${reason(error)}. Если файл открыт в Excel или LibreOffice, закройте его и повторите`,
    );
  }
}

export function reason(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code === 'ENOENT') return 'папка не существует';
  if (code === 'EACCES' || code === 'EPERM') return 'нет прав на запись';
  if (code === 'EBUSY') return 'файл занят другой программой';
  if (code === 'ENOSPC') return 'на диске нет места';
  if (code === 'EISDIR') return 'это папка, а не файл';
  return error instanceof Error ? error.message : String(error);
}

/**
 * LibreOffice and Р7-Офис keep `.~lock.<name>#` beside a workbook they have open, Excel `~$<name>`:
 * writing the file then would lose the user's unsaved edits or be lost when they save.
 */
export async function refuseOpenInOffice(path: string): Promise<void> {
  const folder = dirname(path);
  const name = basename(path);
  const locks: Array<[string, string]> = [
    [`.~lock.${name}#`, 'LibreOffice или Р7-Офис'],
    [`~$${name}`, 'Excel'],
    [`~$${name.slice(2)}`, 'Excel'],
  ];
  for (const [lock, program] of locks) {
    if (lock === '~$' || !(await exists(join(folder, lock)))) continue;
    throw new FileProblem(
      `Книга «${path}» открыта в ${program}: закройте её и повторите. Если программа уже закрыта, удалите файл блокировки «${join(folder, lock)}»`,
    );
  }
}

/** A read-only workbook is the user's decision: it is refused, never replaced by a writable copy. */
export async function refuseReadOnly(path: string): Promise<void> {
  // The mode bits too: an administrator's account may write a file the user marked read-only.
  const writable =
    ((await stat(path)).mode & 0o222) !== 0 &&
    (await access(path, constants.W_OK).then(
      () => true,
      () => false,
    ));
  if (!writable) {
    throw new FileProblem(
      `Файл «${path}» только для чтения: программа его не изменит. Снимите атрибут «Только чтение» (Свойства файла) или запишите результат в другой файл: --out новая.xlsx`,
    );
  }
}
