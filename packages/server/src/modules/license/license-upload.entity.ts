import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One accepted package upload, which its certificates point back to. */
@Entity({ tableName: 'license_upload' })
export class LicenseUpload {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'uuid', nullable: true })
  uploadedBy: string | null = null;

  @Property({ type: 'datetime' })
  uploadedAt!: Date;
}
