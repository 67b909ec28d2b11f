import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock/clock.js';
import { platformRepository, type PlatformLicense } from './platform.repository.js';

/** Reads and creates the platform singleton. */
export class PlatformService {
  constructor(private readonly clock: Clock) {}

  /** Makes the platform row on first start, with the configured instance id or a new one. */
  ensure(em: EntityManager, configuredInstanceId: string | null): Promise<PlatformLicense> {
    return platformRepository.ensure(em, configuredInstanceId ?? randomUUID(), this.clock.now());
  }

  /** The platform's instance id and license facts in one fresh read. The row exists from the first start on. */
  license(em: EntityManager): Promise<PlatformLicense> {
    return platformRepository.read(em);
  }
}
