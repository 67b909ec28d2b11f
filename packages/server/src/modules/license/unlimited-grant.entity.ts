import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The claim of one auto-grant per unlimited window and agent, whichever replica sweeps first (SPEC 3.4). */
@Entity({ tableName: 'unlimited_grant' })
export class UnlimitedGrant {
  @PrimaryKey({ type: 'text' })
  unlimitedCertificateId!: string;

  @PrimaryKey({ type: 'uuid' })
  agentId!: string;

  @Property({ type: 'text' })
  certificateId!: string;
}
