// Runs shell commands side by side (the checks of `npm test` that do not depend on each other, on
// a CI machine's spare core) and prints each one's output whole, in order, once it ends. Exits
// with the first failure's code after every command has ended.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('uso: node scripts/parallel.mjs "<orden>" "<orden>" …');
  process.exit(2);
}

const runs = commands.map(
  (command) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code, signal) =>
        resolve({
          command,
          code: code ?? 1,
          signal,
          output,
          seconds: (Date.now() - started) / 1000,
        }),
      );
    }),
);

let failed = 0;
for (const run of runs) {
  const { command, code, signal, output, seconds } = await run;
  process.stdout.write(`\n== ${command} (${seconds.toFixed(0)} s)\n`);
  process.stdout.write(Buffer.concat(output));
  if (code !== 0) {
    process.stdout.write(`== falló: ${command} (${signal ?? `código ${code}`})\n`);
    failed ||= code || 1;
  }
}
process.exit(failed);
