import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ControllableClock } from '../../clock/clock.js';
import { clockStatus, type ClockStatus } from '../../clock/clock.rules.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import type { PgBus } from '../../events/pg-bus.js';
import type { AuditService } from '../audit/index.js';
import { clockRepository } from './clock.repository.js';

/** What `Platform.clock` answers. */
export interface ClockState {
  readonly status: ClockStatus;
  readonly highWater: Date;
  readonly observedAt: Date;
}

/** A rollback incident, handed to the hooks that tell people about it (in its recording transaction). */
export interface ClockIncident {
  readonly highWater: Date;
  readonly observedAt: Date;
}
export type IncidentHook = (tx: Transaction, incident: ClockIncident) => Promise<void>;

/**
 * SPEC 14: keeps the high-water mark of license time. The row is the truth shared by replicas; each
 * replica's clock holds a copy, raised after every advance (its own, and others' over the bus), so the
 * channel judges messages at max(clock, high-water) without a query.
 */
export class LicenseTimeService {
  private readonly incidentHooks: IncidentHook[] = [];

  constructor(
    private readonly clock: ControllableClock,
    private readonly bus: PgBus,
    private readonly toleranceSeconds: number,
    private readonly audit: AuditService,
    private readonly fork: () => EntityManager,
    private readonly logger: Logger,
  ) {
    bus.on('clock-advanced', ({ highWater }) => clock.raiseMark(new Date(highWater)));
    // A reset may move the mark back, which raising cannot: read the row, the last reset's value.
    bus.on('clock-reset', () => {
      this.load(this.fork()).catch((error: unknown) => logger.error({ err: error }, 'could not reload the license clock after a reset'));
    });
  }

  /** Lets a higher module tell people about an incident in the transaction that records it. */
  onIncident(hook: IncidentHook): void {
    this.incidentHooks.push(hook);
  }

  /** Takes the stored mark: at start (so a restart keeps it), after a reset and a bus reconnect. */
  async load(em: EntityManager): Promise<void> {
    this.clock.replaceMark(await clockRepository.read(em));
  }

  /** Records, in the caller's transaction, that licenses were judged at `at` (an upload, a binding). */
  async advance(tx: Transaction, at: Date): Promise<void> {
    const advanced = await clockRepository.advance(tx.em, at);
    if (advanced !== null) tx.afterCommit(() => this.raised(advanced), 'clock-advanced');
  }

  /**
   * The sweep's first step: advance the mark to what the clock reads, and record a rollback incident
   * once (its key is the mark, which stands still while the clock is behind it).
   */
  async sweep(em: EntityManager): Promise<void> {
    const reading = this.clock.reading();
    await inTransaction(em, async (tx) => {
      const advanced = await clockRepository.advance(tx.em, reading);
      const highWater = advanced ?? (await clockRepository.read(tx.em));
      tx.afterCommit(() => (advanced === null ? this.clock.raiseMark(highWater) : this.raised(advanced)));
      if (clockStatus(reading, highWater, this.toleranceSeconds) === 'OK') return;
      if (!(await clockRepository.claimIncident(tx.em, highWater, reading))) return;
      this.logger.warn({ clock: reading.toISOString(), highWater: highWater.toISOString() }, 'the system clock is behind the license clock');
      this.audit.record(tx.em, {
        actorId: null,
        action: 'CLOCK_ROLLED_BACK',
        summary: `The system clock read ${reading.toISOString()}, behind the license clock at ${highWater.toISOString()}; licenses are judged at the license clock`,
        details: { highWater: highWater.toISOString(), observedAt: reading.toISOString() },
      });
      for (const hook of this.incidentHooks) await hook(tx, { highWater, observedAt: reading });
    });
  }

  /** The test hook without `wall` (SPEC 14): the mark becomes `at` on every replica. */
  async reset(at: Date): Promise<void> {
    await clockRepository.reset(this.fork(), at);
    this.clock.replaceMark(at);
    await this.bus.publish('clock-reset', {});
  }

  /** SPEC 14 `Platform.clock`, from this replica's copy of the mark: no query. */
  state(): ClockState {
    const observedAt = this.clock.reading();
    const highWater = this.clock.mark() ?? observedAt;
    return { status: clockStatus(observedAt, highWater, this.toleranceSeconds), highWater, observedAt };
  }

  private async raised(highWater: Date): Promise<void> {
    this.clock.raiseMark(highWater);
    await this.bus.publish('clock-advanced', { highWater: highWater.toISOString() });
  }
}
