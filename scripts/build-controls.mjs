// Builds every control flavour (scripts/vite/controls.ts) into dist-control-<name>/, two at a time.
// Controls are not minified: minifying changes no behaviour, and skipping it halves the suite's
// build time (15 flavours).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('./vite/controls.ts', import.meta.url), 'utf8');
const names = [...source.matchAll(/^\s+'?([a-z-]+)'?: \{/gm)].map((match) => match[1]);

function build(name) {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build', '--logLevel', 'error', '--minify', 'false'], {
      env: { ...process.env, FURIMA_CONTROL: name },
      stdio: 'inherit',
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`control ${name}: exit ${code}`))));
  });
}

const queue = [...names];
await Promise.all(
  [0, 1].map(async () => {
    for (let name = queue.shift(); name; name = queue.shift()) await build(name);
  }),
);
console.log(`built ${names.length} control flavours: ${names.join(', ')}`);
