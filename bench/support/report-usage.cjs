// Preloaded into a CLI run by bench/pair-vs-check.ts (NODE_OPTIONS=--require): at exit, the
// process's own CPU time (all its threads, GC included) and peak RSS, as one JSON line on stderr.
const { writeSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\nUSAGE ${JSON.stringify({ userMs: usage.userCPUTime / 1000, maxRssMb: usage.maxRSS / 1024 })}\n`);
});
