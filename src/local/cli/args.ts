/** A mistake in how the command was called: the CLI prints it with the usage and exits with status 2. */
export class UsageError extends Error {}

/** Parsed command line: positional arguments and `--name value` / `--flag` / `--name=value` options. */
export class CommandArgs {
  constructor(
    readonly positional: string[],
    readonly options: ReadonlyMap<string, string | true>,
  ) {}

  static parse(argv: readonly string[]): CommandArgs {
    const positional: string[] = [];
    const options = new Map<string, string | true>();
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i];
      if (arg === '--') {
        positional.push(...argv.slice(i + 1));
        break;
      }
      if (!arg.startsWith('--') || arg === '--') {
        if (/^-[a-zA-Z]$/.test(arg))
          throw new UsageError(`Короткие ключи не поддерживаются: «${arg}». Используйте полные, например --out`);
        positional.push(arg);
        continue;
      }
      const [name, inline] = splitOnce(arg.slice(2), '=');
      if (name === '') throw new UsageError(`Пустое имя ключа: «${arg}»`);
      if (inline !== undefined) options.set(name, inline);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options.set(name, argv[++i]);
      else options.set(name, true);
    }
    return new CommandArgs(positional, options);
  }

  has(name: string): boolean {
    return this.options.has(name);
  }

  /** A flag such as `--mistakes` (also `--mistakes=нет` / `=false` to switch it off). */
  flag(name: string): boolean {
    const value = this.options.get(name);
    if (value === undefined) return false;
    if (value === true) return true;
    if (/^(1|true|да|yes)$/i.test(value)) return true;
    if (/^(0|false|нет|no)$/i.test(value)) return false;
    throw new UsageError(`Ключ --${name} не принимает значение «${value}»`);
  }

  text(name: string): string | undefined {
    const value = this.options.get(name);
    if (value === true) throw new UsageError(`После --${name} укажите значение`);
    return value;
  }

  /** An integer option within [min, max]; `fallback` when absent. */
  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.text(name);
    if (value === undefined) return fallback;
    const number = Number(value.replace(/[\s_]/g, ''));
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new UsageError(`--${name}: ожидается целое число от ${min} до ${max}, получено «${value}»`);
    }
    return number;
  }

  /** Rejects options the command does not know (a typo must not be silently ignored). */
  allowOnly(known: readonly string[]): void {
    for (const name of this.options.keys()) {
      if (!known.includes(name)) {
        const list = known.length > 0 ? known.map((k) => `--${k}`).join(', ') : 'нет';
        throw new UsageError(`Неизвестный ключ --${name}. Допустимые ключи: ${list}`);
      }
    }
  }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
