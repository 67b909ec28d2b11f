import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { CertificateMode, CertificateType } from '@licensing/lcs';

/** A license certificate as imported (append-only): vendor-signed, or auto-granted by an unlimited window. */
@Entity({ tableName: 'certificate' })
export class Certificate {
  /** The certificate's `jti`; auto-grants get `grant-<uuid>`. */
  @PrimaryKey({ type: 'text' })
  id!: string;

  /** Insertion order: package order within an upload, newest-first pages. */
  @Property({ type: 'bigint', autoincrement: true, persist: false })
  seq!: Opt<string>;

  @Property({ type: 'text' })
  type!: CertificateType;

  @Property({ type: 'text' })
  mode!: CertificateMode;

  @Property({ type: 'integer', nullable: true })
  validityDays: number | null = null;

  @Property({ type: 'boolean' })
  permanent!: boolean;

  @Property({ type: 'text' })
  licensee!: string;

  @Property({ type: 'text', nullable: true })
  orderId: string | null = null;

  @Property({ type: 'text' })
  issuer!: string;

  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  activateBy: Date | null = null;

  @Property({ type: 'text', nullable: true })
  keyId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  uploadId: string | null = null;

  @Property({ type: 'datetime' })
  uploadedAt!: Date;

  /** The unlimited-agents certificate an auto-grant came from. */
  @Property({ type: 'text', nullable: true })
  grantedBy: string | null = null;
}
