/**
 * Counts every call the fakes receive, by 'Service.method' (e.g. 'Range.setValues').
 * One CallLog is shared by all fakes of a createFakeServices() set.
 */
export class CallLog {
  readonly list: string[] = [];

  record(name: string): void {
    this.list.push(name);
  }

  count(name?: string): number {
    return name === undefined ? this.list.length : this.list.filter((n) => n === name).length;
  }

  /** Calls grouped by name, sorted, e.g. { 'Range.getValues': 3, … }. */
  byName(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const name of [...this.list].sort()) counts[name] = (counts[name] ?? 0) + 1;
    return counts;
  }

  /** Names of the services used ('SpreadsheetApp', 'Ui', 'Sheet', …). */
  services(): string[] {
    return [...new Set(this.list.map((n) => n.split('.')[0]))].sort();
  }

  reset(): void {
    this.list.length = 0;
  }
}
