import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/** One pass of periodic work against the database; each must be safe to run on every replica at once. */
export type SweepStep = (orm: MikroORM) => Promise<void>;

/**
 * Runs the grant, reminder and expiry sweep every `intervalSeconds` (and on demand through the test
 * hook). Passes never overlap within a replica; across replicas the database keys make them idempotent.
 */
export class Sweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly steps: readonly SweepStep[],
    private readonly logger: Logger,
  ) {}

  start(intervalSeconds: number): void {
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) => this.logger.error({ err: error }, 'sweep failed'));
    }, intervalSeconds * 1000);
    this.timer.unref();
  }

  /** Runs one pass now, or waits for the pass in progress and then runs one. */
  async run(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = (async () => {
      for (const step of this.steps) await step(this.orm);
    })();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
