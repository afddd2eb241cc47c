// npm run dev: the hub on HUB_PORT (default 8081) and Vite's dev server (with /api proxied to the hub).
// The service worker is off in dev (vite-plugin-pwa devOptions); test offline behaviour on `npm start`.
import { spawn } from 'node:child_process';

const hubPort = process.env.HUB_PORT ?? '8081';
const env = { ...process.env, HUB_PORT: hubPort };
const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/main.ts'], {
    stdio: 'inherit',
    env: { ...env, PORT: hubPort },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1'], { stdio: 'inherit', env }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
