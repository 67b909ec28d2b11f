import { describe, expect, it } from 'vitest';
import { takeToken, type Bucket, type ThrottlePolicy } from './throttle.rules.js';

const policy: ThrottlePolicy = { burst: 3, perMinute: 60 };

function run(times: readonly number[]): boolean[] {
  let bucket: Bucket | undefined;
  return times.map((t) => {
    const decision = takeToken(policy, bucket, t);
    bucket = decision.bucket;
    return decision.allowed;
  });
}

describe('takeToken', () => {
  it('allows a burst, then refuses the next request at the same instant', () => {
    expect(run([0, 0, 0, 0])).toEqual([true, true, true, false]);
  });

  it('refills one token per second at 60 a minute, to the millisecond', () => {
    expect(run([0, 0, 0, 999])).toEqual([true, true, true, false]);
    expect(run([0, 0, 0, 1000])).toEqual([true, true, true, true]);
    expect(run([0, 0, 0, 1000, 1000])).toEqual([true, true, true, true, false]);
  });

  it('never holds more than the burst after a long pause', () => {
    expect(run([0, 0, 0, 3_600_000, 3_600_000, 3_600_000, 3_600_000])).toEqual([true, true, true, true, true, true, false]);
  });

  it('says how many whole seconds to wait, at least 1', () => {
    let bucket: Bucket | undefined;
    for (const t of [0, 0, 0]) bucket = takeToken(policy, bucket, t).bucket;
    expect(takeToken(policy, bucket, 0)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    const slow: ThrottlePolicy = { burst: 1, perMinute: 1 };
    const first = takeToken(slow, undefined, 0);
    expect(takeToken(slow, first.bucket, 0)).toMatchObject({ allowed: false, retryAfterSeconds: 60 });
    expect(takeToken(slow, first.bucket, 59_001)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(takeToken(slow, first.bucket, 60_000).allowed).toBe(true);
  });
});
