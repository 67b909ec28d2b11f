/**
 * Child process: starts one embedded PostgreSQL (the server's own `startEmbeddedDatabase`) in the folder
 * given as argv[2], prints `{"url": …}` on one line, and stops it when its stdin closes or on SIGTERM.
 *
 * It runs apart from `run.ts` because tsx applies test/tsconfig.json (the bench's TSX_TSCONFIG_PATH)
 * only to test files, so importing @licensing/server in the bench process fails on its decorators; this
 * process runs with TSX_TSCONFIG_PATH=packages/server/tsconfig.json instead.
 */
import { createLogger, startEmbeddedDatabase } from '@licensing/server';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: embedded-postgres.ts <dir>\n');
  process.exit(2);
}
const database = await startEmbeddedDatabase(dir, createLogger('warn'));
process.stdout.write(`${JSON.stringify({ url: database.url })}\n`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  database.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`stopping the embedded PostgreSQL failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
