import { describe, expect, it } from 'vitest';
import type { CertificateType } from '@licensing/lcs';
import { CertificateCounts } from './certificate-counts.js';

const counts = (platform: number, agent: number) =>
  new Map<CertificateType, number>([
    ['PLATFORM', platform],
    ['AGENT', agent],
  ]);

describe('CertificateCounts', () => {
  it('loads once, sums for all types, and reloads after a drop', async () => {
    const cache = new CertificateCounts();
    let loads = 0;
    const load = async () => {
      loads += 1;
      return counts(1, loads * 10);
    };
    expect(await cache.total(null, load)).toBe(11);
    expect(await cache.total('AGENT', load)).toBe(10);
    expect(await cache.total('PLATFORM_UNLIMITED_AGENTS', load)).toBe(0);
    expect(loads).toBe(1);
    cache.drop();
    expect(await cache.total('AGENT', load)).toBe(20);
  });

  it('does not keep a load that overlapped a drop', async () => {
    const cache = new CertificateCounts();
    let release: (value: Map<CertificateType, number>) => void = () => {};
    const stale = cache.total(null, () => new Promise((resolve) => (release = resolve)));
    cache.drop();
    release(counts(1, 1));
    expect(await stale).toBe(2);
    expect(await cache.total(null, async () => counts(1, 5))).toBe(6);
  });
});
