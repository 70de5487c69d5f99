// Runs npm scripts side by side and fails if any fails: `node scripts/run-together.mjs a b c`.
// `npm test` starts with steps that each keep one core busy (type check, lint, the builds); run one
// after another they left the second core idle for about a minute.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const child = spawn('npm', ['run', '-s', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => {
        // Each script's output is printed whole when it ends, so lines never interleave.
        process.stdout.write(`\n> ${name} (exit ${code})\n${output}`);
        resolve(code === 0);
      });
    }),
);
const passed = await Promise.all(runs);
const failed = names.filter((_, index) => !passed[index]);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
