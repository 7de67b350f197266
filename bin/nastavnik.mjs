#!/usr/bin/env node
// The `nastavnik` CLI. The sources are TypeScript (src/local/cli/main.ts); tsx's register API
// compiles them on the fly, so the CLI runs straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

// `nastavnik help | head` closes the pipe early: that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

register();
const { main } = await import('../src/local/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
