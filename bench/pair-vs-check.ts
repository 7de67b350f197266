/**
 * npx tsx bench/pair-vs-check.ts [participants=10000] [organizations=20] [runs=5]
 * Issue 16's end-to-end target: `nastavnik pair` against `nastavnik check` on the same generated
 * region. Each run takes a fresh copy of the book for each command and the two commands alternate,
 * so a change of the shared machine's speed during the bench hits both alike; the medians of CPU
 * time (user, every thread of the process) and the peak RSS are printed as one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [participants = 10000, organizations = 20, runs = 5] = process.argv.slice(2).map(Number);
const root = join(import.meta.dirname, '..');
const cli = join(root, 'bin', 'nastavnik.mjs');
const dir = mkdtempSync(join(tmpdir(), 'nastavnik-pair-vs-check-'));
const book = join(dir, 'region.xlsx');

interface Usage {
  userMs: number;
  maxRssMb: number;
}

function run(args: string[], measured: boolean): Usage {
  const env = measured
    ? { ...process.env, NODE_OPTIONS: `--require ${join(root, 'bench', 'support', 'report-usage.cjs')}` }
    : process.env;
  const result = spawnSync(process.execPath, [cli, ...args, '--quiet'], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`nastavnik ${args.join(' ')}: ${result.stderr}`);
  const line = result.stderr.split('\n').find((text) => text.startsWith('USAGE '));
  return line ? (JSON.parse(line.slice('USAGE '.length)) as Usage) : { userMs: 0, maxRssMb: 0 };
}

function measure(command: 'check' | 'pair', runIndex: number): Usage {
  const copy = join(dir, `${command}-${runIndex}.xlsx`);
  copyFileSync(book, copy);
  return run([command, copy], true);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

run(
  ['generate', book, '--participants', String(participants), '--organizations', String(organizations), '--seed', '3'],
  false,
);
const check: Usage[] = [];
const pair: Usage[] = [];
for (let r = 0; r < runs; r++) {
  check.push(measure('check', r));
  pair.push(measure('pair', r));
}
const checkMs = median(check.map((u) => u.userMs));
const pairMs = median(pair.map((u) => u.userMs));
console.log(
  JSON.stringify({
    participants,
    organizations,
    runs,
    check_user_s: check.map((u) => Math.round(u.userMs / 10) / 100),
    pair_user_s: pair.map((u) => Math.round(u.userMs / 10) / 100),
    check_median_s: Math.round(checkMs / 10) / 100,
    pair_median_s: Math.round(pairMs / 10) / 100,
    ratio: Math.round((pairMs / checkMs) * 100) / 100,
    peak_rss_mb: {
      check: Math.round(Math.max(...check.map((u) => u.maxRssMb))),
      pair: Math.round(Math.max(...pair.map((u) => u.maxRssMb))),
    },
  }),
);
