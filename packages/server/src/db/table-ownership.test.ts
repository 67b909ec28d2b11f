import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Every table and the module (folder under modules/) that owns it: its entity, its repository, its SQL. */
const OWNER: Readonly<Record<string, string>> = {
  app_user: 'auth',
  access_token: 'auth',
  login_failure: 'auth',
  platform: 'platform',
  agent: 'agent',
  channel_message: 'channel',
  audit_event: 'audit',
  license_upload: 'license',
  certificate: 'license',
  activation: 'license',
  unlimited_grant: 'license',
  reminder: 'reminder',
  notification: 'reminder',
  webhook_endpoint: 'outbox',
  outbox_delivery: 'outbox',
  license_clock: 'clock',
  clock_incident: 'clock',
  metric_counter: 'metrics',
};

/**
 * Reads of another module's table joined into one statement, where one query beats two round trips.
 * Each is a read: writes to a table outside its owner's folder are never allowed.
 */
const JOINED_READS: readonly { file: string; table: string; why: string }[] = [
  { file: 'modules/license/license.repository.ts', table: 'agent', why: 'license pages show the bound agent; grants anti-join unlimited_grant' },
  { file: 'modules/reminder/reminder.repository.ts', table: 'agent', why: 'due agents anti-join the reminder keys (an index range, not a scan)' },
];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [relative(SRC, path)] : [];
  });

const moduleOf = (file: string): string | null => /^modules\/([^/]+)\//.exec(file)?.[1] ?? null;

/** Table names after SQL keywords (upper case, as this code base writes SQL), with whether the use writes. */
function tablesIn(text: string): { table: string; write: boolean }[] {
  return [...text.matchAll(/\b(FROM|JOIN|INTO|UPDATE)\s+([a-z_]+)\b/g)]
    .filter((m) => m[2]! in OWNER)
    .map((m) => ({ table: m[2]!, write: m[1] === 'INTO' || m[1] === 'UPDATE' || /DELETE\s+$/.test(text.slice(0, m.index)) }));
}

describe('table ownership', () => {
  it('names a table in SQL only inside its owning module (joined reads allowed above)', () => {
    const strays: string[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const { table, write } of tablesIn(readFileSync(join(SRC, file), 'utf8'))) {
        if (moduleOf(file) === OWNER[table]) continue;
        if (!write && JOINED_READS.some((r) => r.file === file && r.table === table)) continue;
        strays.push(`${file}: ${write ? 'writes' : 'reads'} ${table} (owned by modules/${OWNER[table]})`);
      }
    }
    expect(strays).toEqual([]);
  });

  it("gives every migrated table an owner and one entity in that owner's folder", () => {
    const migrations = join(SRC, 'db/migrations');
    const migrated = readdirSync(migrations)
      .flatMap((name) => [...readFileSync(join(migrations, name), 'utf8').matchAll(/CREATE TABLE ([a-z_]+)/g)].map((m) => m[1]!))
      .sort();
    const entities = sourceFiles(SRC)
      .filter((file) => file.endsWith('.entity.ts'))
      .flatMap((file) => [...readFileSync(join(SRC, file), 'utf8').matchAll(/tableName: '([a-z_]+)'/g)].map((m) => ({ file, table: m[1]! })));
    expect(Object.keys(OWNER).sort()).toEqual(migrated);
    expect(entities.map((e) => e.table).sort()).toEqual(migrated);
    expect(entities.filter((e) => moduleOf(e.file) !== OWNER[e.table])).toEqual([]);
  });
});
