import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128001Initial } from './migration-20261128-001-initial.js';
import { Migration20261128002Licenses } from './migration-20261128-002-licenses.js';
import { Migration20261128003Reminders } from './migration-20261128-003-reminders.js';
import { Migration20261201004Outbox } from './migration-20261201-004-outbox.js';
import { Migration20261201016LicenseClock } from './migration-20261201-016-license-clock.js';
import { Migration20261201004MetricCounters } from './migration-20261201-004-metric-counters.js';
import { Migration20261201018UserLocaleUnset } from './migration-20261201-018-user-locale-unset.js';

/** Applied in this order; never edit a migration that has shipped, add a new one. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261128001Initial', class: Migration20261128001Initial },
  { name: 'Migration20261128002Licenses', class: Migration20261128002Licenses },
  { name: 'Migration20261128003Reminders', class: Migration20261128003Reminders },
  { name: 'Migration20261201004Outbox', class: Migration20261201004Outbox },
  { name: 'Migration20261201016LicenseClock', class: Migration20261201016LicenseClock },
  { name: 'Migration20261201004MetricCounters', class: Migration20261201004MetricCounters },
  { name: 'Migration20261201018UserLocaleUnset', class: Migration20261201018UserLocaleUnset },
];
