import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { ClockStatus } from '../../clock/clock.rules.js';

export const ClockStatusEnum: { [S in ClockStatus]: S } = { OK: 'OK', ROLLED_BACK: 'ROLLED_BACK' };
registerEnumType(ClockStatusEnum, {
  name: 'ClockStatus',
  description: 'Whether the system clock agrees with the license clock (SPEC 14).',
  valuesConfig: {
    OK: { description: 'The clock reads at most the tolerance (CLOCK_ROLLBACK_TOLERANCE_SECONDS) before the high-water mark.' },
    ROLLED_BACK: { description: 'The clock reads more than the tolerance before the high-water mark: it was set back.' },
  },
});

@ObjectType('PlatformClock', { simpleResolvers: true, description: 'The license clock: licenses are judged at max(system clock, high-water mark).' })
export class PlatformClockType {
  @Field(() => ClockStatusEnum, { description: 'OK, or ROLLED_BACK while the system clock is behind the high-water mark by more than the tolerance.' })
  status!: ClockStatus;

  @Field(() => Date, { description: 'The latest instant licenses have been judged at; it never moves back.' })
  highWater!: Date;

  @Field(() => Date, { description: 'What the system clock read when this answer was made.' })
  observedAt!: Date;
}
