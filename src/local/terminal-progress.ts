import type { Progress } from '../core/ports';

interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Progress in a terminal: a redrawn bar on stderr when it is a terminal, plain lines otherwise
 * (CI logs, pipes) — at most one line per message and per tenth of the work, so a 50 000-row
 * run does not flood the log.
 */
export class TerminalProgress implements Progress {
  private lastMessage = '';
  private lastTenth = -1;
  private barShown = false;

  constructor(
    private readonly out: Output = process.stderr,
    private readonly quiet = false,
  ) {}

  report(message: string, done?: number, total?: number): void {
    if (this.quiet) return;
    const fraction = done !== undefined && total ? Math.min(1, Math.max(0, done / total)) : undefined;
    if (this.out.isTTY) {
      this.drawBar(message, fraction);
      return;
    }
    const tenth = fraction === undefined ? -1 : Math.floor(fraction * 10);
    if (message === this.lastMessage && tenth === this.lastTenth) return;
    this.lastMessage = message;
    this.lastTenth = tenth;
    this.out.write(fraction === undefined ? `… ${message}\n` : `… ${message} — ${Math.round(fraction * 100)}%\n`);
  }

  /** Wipes the bar, so that the next output starts on a clean line (the outcome replaces it). */
  finish(): void {
    if (this.barShown) this.out.write('\r\x1b[2K');
    this.barShown = false;
  }

  private drawBar(message: string, fraction: number | undefined): void {
    const width = 24;
    const bar =
      fraction === undefined
        ? ''
        : `[${'█'.repeat(Math.round(fraction * width)).padEnd(width, '░')}] ${String(Math.round(fraction * 100)).padStart(3)}% `;
    const columns = this.out.columns ?? 80;
    const line = `${bar}${message}`.slice(0, columns - 1);
    this.out.write(`\r\x1b[2K${line}`);
    this.barShown = true;
  }
}
