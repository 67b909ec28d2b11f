import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { CertificateMode, CertificateType, ProblemCode } from '@licensing/lcs';
import { ResourceStatusEnum, type ResourceStatus } from '../expiry/index.js';
import { LicenseModeEnum, LicenseTypeEnum } from './license.types.js';

@ObjectType('PackageProblem', { simpleResolvers: true, description: 'Why a package would be refused: one problem of one certificate, or of the whole file.' })
export class PackageProblemType {
  @Field(() => Int, { nullable: true, description: "The certificate's 0-based position in the package; null for a problem of the whole file." })
  index!: number | null;

  @Field(() => String, { nullable: true, description: "The certificate's id when it could be read." })
  certificateId!: string | null;

  @Field(() => String, { description: 'A problem code of LCS-FORMAT.md, e.g. BAD_SIGNATURE.' })
  code!: ProblemCode;

  @Field(() => String, { description: 'What is wrong, for a person.' })
  message!: string;
}

@ObjectType('PreviewCertificate', { simpleResolvers: true, description: 'One certificate of a previewed package and what importing it now would do.' })
export class PreviewCertificateType {
  @Field(() => ID, { description: 'The certificate id (its `jti`).' })
  id!: string;

  @Field(() => LicenseTypeEnum, { description: 'What it licenses.' })
  type!: CertificateType;

  @Field(() => LicenseModeEnum, { description: 'Subscription, buyout or test.' })
  mode!: CertificateMode;

  @Field(() => Int, { nullable: true, description: 'Days of validity; null when permanent.' })
  validityDays!: number | null;

  @Field(() => Boolean, { description: 'True for a permanent certificate.' })
  permanent!: boolean;

  @Field(() => String, { description: 'The customer it was issued to.' })
  licensee!: string;

  @Field(() => Boolean, { description: 'True when it is already imported: the upload would skip it and change nothing for it.' })
  alreadyImported!: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      'Start of the window an upload now would give it; null for agent certificates (until bound), skipped ones, and ones a permanent platform absorbs.',
  })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of that window; null when permanent or when there is no window.' })
  endsAt!: Date | null;
}

@ObjectType('LicenseState', { simpleResolvers: true, description: "A resource's license state at one instant." })
export class LicenseStateType {
  @Field(() => ResourceStatusEnum, { description: 'UNLICENSED, ACTIVE or EXPIRED.' })
  status!: ResourceStatus;

  @Field(() => Date, { nullable: true, description: 'When the license ends; null when permanent or never licensed.' })
  expiresAt!: Date | null;

  @Field(() => Boolean, { description: 'True when licensed forever.' })
  permanent!: boolean;
}

@ObjectType('PackagePreview', {
  simpleResolvers: true,
  description: 'What uploading a package now would do, computed by the same checks and arithmetic as the upload; nothing is written.',
})
export class PackagePreviewType {
  @Field(() => Boolean, { description: 'True when the package would be accepted.' })
  valid!: boolean;

  @Field(() => [PackageProblemType], { description: 'Every problem that would refuse the package; empty when valid.' })
  problems!: PackageProblemType[];

  @Field(() => [PreviewCertificateType], { description: 'The certificates in package order, each with its effect; empty when invalid.' })
  certificates!: PreviewCertificateType[];

  @Field(() => LicenseStateType, { description: "The platform's license now." })
  platformBefore!: LicenseStateType;

  @Field(() => LicenseStateType, { description: "The platform's license right after the upload (unchanged when invalid)." })
  platformAfter!: LicenseStateType;
}

@ObjectType('CoverageWindow', { simpleResolvers: true, description: 'One window in which a certificate licenses the platform or an agent (SPEC 12).' })
export class CoverageWindowType {
  @Field(() => ID, { description: 'The certificate whose window this is.' })
  licenseId!: string;

  @Field(() => LicenseTypeEnum, { description: 'The certificate type.' })
  type!: CertificateType;

  @Field(() => Date, { description: 'Start of the window; later than now for a queued window.' })
  startsAt!: Date;

  @Field(() => Date, { nullable: true, description: 'End of the window; null when permanent.' })
  endsAt!: Date | null;

  @Field(() => Boolean, { description: 'True for a window without an end.' })
  permanent!: boolean;

  @Field(() => Boolean, { description: 'True for a window granted by an unlimited-agents license.' })
  autoGranted!: boolean;
}
