import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { CERTIFICATE_MODES, CERTIFICATE_TYPES, type CertificateMode, type CertificateType } from '@licensing/lcs';
import { ConnectionArgs, connectionOf } from '../../graphql/connection.js';
import type { CertificateStatus } from './license.rules.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const LicenseTypeEnum = asEnum<CertificateType>(CERTIFICATE_TYPES);
registerEnumType(LicenseTypeEnum, {
  name: 'LicenseType',
  description: 'What a certificate licenses (SPEC 1).',
  valuesConfig: {
    PLATFORM: { description: 'Managing the platform and building agent flows.' },
    AGENT: { description: "One agent's dialogue through its channels, once bound to it." },
    PLATFORM_UNLIMITED_AGENTS: { description: 'The platform, and every agent while its window is open.' },
  },
});

export const LicenseModeEnum = asEnum<CertificateMode>(CERTIFICATE_MODES);
registerEnumType(LicenseModeEnum, {
  name: 'LicenseMode',
  description: 'The commercial mode of a certificate; shown to users, it does not change the arithmetic.',
});

export const LicenseStatusEnum = asEnum<CertificateStatus>(['UNUSED', 'ACTIVATED', 'EXPIRED']);
registerEnumType(LicenseStatusEnum, {
  name: 'LicenseStatus',
  description: 'Where a certificate stands at the current second (SPEC 4).',
  valuesConfig: {
    UNUSED: { description: 'An agent certificate not yet bound (and not past its activate-by date).' },
    ACTIVATED: { description: 'Applied to its resource and its window has not ended.' },
    EXPIRED: { description: 'Its window ended, its agent was deleted, or it was not bound in time.' },
  },
});

@ObjectType('AgentRef', { simpleResolvers: true, description: 'The agent a certificate is bound to.' })
export class AgentRefType {
  @Field(() => ID, { description: "The agent's id." })
  id!: string;

  @Field(() => String, { description: "The agent's name." })
  name!: string;

  @Field(() => Boolean, { description: 'True when the agent has been deleted (its licenses show EXPIRED).' })
  deleted!: boolean;
}

@ObjectType('License', { simpleResolvers: true, description: 'One license certificate, uploaded from a package or auto-granted by an unlimited license.' })
export class LicenseType {
  @Field(() => ID, { description: 'The certificate id (its `jti`); auto-granted rows have an id of their own.' })
  id!: string;

  @Field(() => LicenseTypeEnum, { description: 'What it licenses; auto-granted rows are AGENT.' })
  type!: CertificateType;

  @Field(() => LicenseModeEnum, { description: 'Subscription, buyout or test.' })
  mode!: CertificateMode;

  @Field(() => Int, { nullable: true, description: 'Days of validity; null when permanent or auto-granted (see the window).' })
  validityDays!: number | null;

  @Field(() => Boolean, { description: 'True for a permanent certificate.' })
  permanent!: boolean;

  @Field(() => String, { description: 'The customer it was issued to.' })
  licensee!: string;

  @Field(() => String, { nullable: true, description: "The vendor's order id, if any." })
  orderId!: string | null;

  @Field(() => String, { description: 'Who issued it.' })
  issuer!: string;

  @Field(() => Date, { description: 'When the vendor issued it.' })
  issuedAt!: Date;

  @Field(() => Date, { description: 'When it was uploaded (or granted).' })
  uploadedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'An agent certificate must be bound before this instant.' })
  activateBy!: Date | null;

  @Field(() => LicenseStatusEnum, { description: 'UNUSED, ACTIVATED or EXPIRED, at the current second.' })
  status!: CertificateStatus;

  @Field(() => Boolean, { description: 'True for a row granted by an unlimited-agents license.' })
  autoGranted!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'Start of its window; null when unbound or absorbed by a permanent resource. May be in the future ("starts on").',
  })
  startsAt!: Date | null;

  @Field(() => Boolean, { description: 'True while its window starts later than now (show "starts on"), judged by the server\'s clock.' })
  queued!: boolean;

  @Field(() => Date, { nullable: true, description: 'End of its window; null when permanent, unbound or absorbed.' })
  endsAt!: Date | null;

  @Field(() => AgentRefType, { nullable: true, description: 'The agent it is bound to.' })
  agent!: AgentRefType | null;
}

export const LicenseConnection = connectionOf(LicenseType, 'License', 'license');

@ArgsType()
export class LicensesArgs extends ConnectionArgs {
  @Field(() => LicenseStatusEnum, { nullable: true, description: 'Only certificates with this status now.' })
  @IsOptional()
  @IsIn(['UNUSED', 'ACTIVATED', 'EXPIRED'])
  status?: CertificateStatus | null;

  @Field(() => LicenseTypeEnum, { nullable: true, description: 'Only certificates of this type.' })
  @IsOptional()
  @IsIn(CERTIFICATE_TYPES)
  type?: CertificateType | null;
}

@ObjectType('UploadResult', { simpleResolvers: true, description: 'What an upload imported and what it skipped as already imported.' })
export class UploadResultType {
  @Field(() => [LicenseType], { description: 'Certificates imported by this upload, in package order.' })
  imported!: LicenseType[];

  @Field(() => [LicenseType], { description: 'Certificates of the package that were already imported; nothing changed for them.' })
  skipped!: LicenseType[];
}
