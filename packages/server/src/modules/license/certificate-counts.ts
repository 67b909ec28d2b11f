import type { CertificateType } from '@licensing/lcs';

/**
 * How many certificates there are of each type, for `licenses { totalCount }` without a status filter:
 * certificates are never deleted, so the counts change only when some are added, and whoever adds them
 * drops the counts here and, over the bus, on every replica. A load that overlapped a drop is not
 * kept, so a count read before an insert committed never outlives the drop.
 */
export class CertificateCounts {
  private counts: ReadonlyMap<CertificateType, number> | null = null;
  private version = 0;

  async total(type: CertificateType | null, load: () => Promise<ReadonlyMap<CertificateType, number>>): Promise<number> {
    let counts = this.counts;
    if (counts === null) {
      const version = this.version;
      counts = await load();
      if (version === this.version) this.counts = counts;
    }
    if (type !== null) return counts.get(type) ?? 0;
    let sum = 0;
    for (const n of counts.values()) sum += n;
    return sum;
  }

  drop(): void {
    this.version += 1;
    this.counts = null;
  }
}
