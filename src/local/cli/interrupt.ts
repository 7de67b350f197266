import { rmSync } from 'node:fs';

/** Files to remove if the user stops the run with Ctrl+C (a lock, a half-written temporary copy). */
const leftovers = new Set<string>();
let installed = false;

/**
 * Registers a file that must not outlive an interrupted run; returns the function that forgets
 * it once the run has dealt with the file itself. The workbook needs no rescue: it is replaced
 * only by an atomic rename of a fully written copy.
 */
export function removeOnInterrupt(path: string): () => void {
  if (!installed) {
    installed = true;
    const stop = (status: number) => () => {
      for (const file of leftovers) rmSync(file, { force: true });
      process.stderr.write('\nПрервано. Книга не изменена.\n');
      process.exit(status);
    };
    process.once('SIGINT', stop(130));
    process.once('SIGTERM', stop(143));
  }
  leftovers.add(path);
  return () => leftovers.delete(path);
}
