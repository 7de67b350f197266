import { open, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileProblem } from './files';
import { removeOnInterrupt } from './interrupt';

/**
 * The offline counterpart of Apps Script's document lock: a lock file beside the workbook, so two
 * runs never write the same file at once. A lock left by a run that died is taken over.
 */
export async function lockWorkbook(path: string): Promise<() => Promise<void>> {
  const lockPath = join(dirname(path), `.~${basename(path)}.nastavnik-lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      const forget = removeOnInterrupt(lockPath);
      return async () => {
        forget();
        await rm(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') return async () => {};
      const owner = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (owner > 0 && owner !== process.pid && alive(owner)) {
        throw new FileProblem(
          `Книгу «${path}» сейчас обрабатывает другой запуск «Наставника» (процесс ${owner}). Дождитесь его окончания и повторите`,
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new FileProblem(`Не удалось занять книгу «${path}» для записи. Повторите через минуту`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
