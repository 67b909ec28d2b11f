import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import type { Clock } from '../../clock/clock.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { decodeCursor, toConnection } from '../../graphql/connection.js';
import { requireUuid } from '../../graphql/ids.js';
import { LoaderKey } from '../../graphql/loaders.js';
import { agentNotFound, AgentType } from '../agent/index.js';
import { PlatformType } from '../platform/index.js';
import type { CoverageRow, LicenseRow } from './license.repository.js';
import { toLicenseType, toPackagePreviewType } from './license.mapper.js';
import type { LicenseService } from './license.service.js';
import { LicenseConnection, LicensesArgs, LicenseType, UploadResultType } from './license.types.js';
import { CoverageWindowType, PackagePreviewType } from './package-preview.types.js';
import { receiveUpload } from './upload-file.js';

const LICENSES_OF_AGENT = new LoaderKey<string, LicenseRow[]>('licensesOfAgent');
const LICENSE_COUNT_OF_AGENT = new LoaderKey<string, number>('licenseCountOfAgent');
const COVERAGE_OF_AGENT = new LoaderKey<string, CoverageRow[]>('coverageOfAgent');

const toCoverageWindow = (row: CoverageRow): CoverageWindowType => ({
  licenseId: row.licenseId,
  type: row.type,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  permanent: row.endsAt === null,
  autoGranted: row.autoGranted,
});

@Resolver(() => LicenseType)
export class LicenseResolver {
  constructor(
    private readonly licenseService: LicenseService,
    private readonly clock: Clock,
    private readonly maxPackageBytes: number,
  ) {}

  @Authorized('READ')
  @Query(() => LicenseConnection, { description: 'License certificates, newest first, optionally filtered by status (now) and type.' })
  async licenses(@Args(() => LicensesArgs) args: LicensesArgs, @Ctx() ctx: GraphQLContext) {
    const { rows, total } = await this.licenseService.page(ctx.em, { status: args.status, type: args.type }, args.first, decodeCursor(args.after));
    const now = this.clock.now();
    return toConnection(rows, args.first, total, (row) => toLicenseType(row, now));
  }

  @Authorized('READ')
  @Query(() => LicenseType, { nullable: true, description: 'One certificate by id; null when unknown.' })
  async license(@Arg('id', () => ID, { description: 'The certificate id.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<LicenseType | null> {
    const row = await this.licenseService.get(ctx.em, id);
    return row ? toLicenseType(row, this.clock.now()) : null;
  }

  @Authorized('MANAGE_LICENSES')
  @Mutation(() => UploadResultType, {
    description:
      'Imports a .lcs package: all or nothing. Any bad certificate refuses the whole package with LICENSE_PACKAGE_INVALID listing every problem; already-imported certificates are skipped.',
  })
  async uploadLicensePackage(
    @Arg('file', () => GraphQLUpload, { description: 'The .lcs package (GraphQL multipart request).' }) file: Promise<FileUpload>,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UploadResultType> {
    const upload = await receiveUpload(file, this.maxPackageBytes);
    const outcome = await this.licenseService.upload(ctx.em, ctx.viewer!, upload.filename, upload.bytes);
    const now = this.clock.now();
    return { imported: outcome.imported.map((r) => toLicenseType(r, now)), skipped: outcome.skipped.map((r) => toLicenseType(r, now)) };
  }

  @Authorized('MANAGE_LICENSES')
  @Mutation(() => PackagePreviewType, {
    description:
      'Shows what uploadLicensePackage would do with this file now (same checks, limits and arithmetic) without importing anything; problems come back as data. A mutation because it receives a file.',
  })
  async previewLicensePackage(
    @Arg('file', () => GraphQLUpload, { description: 'The .lcs package (GraphQL multipart request).' }) file: Promise<FileUpload>,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PackagePreviewType> {
    const upload = await receiveUpload(file, this.maxPackageBytes);
    return toPackagePreviewType(await this.licenseService.preview(ctx.em, upload.bytes));
  }

  @Authorized('MANAGE_LICENSES')
  @Mutation(() => LicenseType, { description: 'Binds an unused agent license to an agent and activates it now. A binding is final.' })
  async bindAgentLicense(
    @Arg('licenseId', () => ID, { description: 'An Unused AGENT certificate.' }) licenseId: string,
    @Arg('agentId', () => ID, { description: 'A live agent.' }) agentId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LicenseType> {
    const row = await this.licenseService.bind(ctx.em, ctx.viewer!, licenseId, requireUuid(agentId, agentNotFound));
    return toLicenseType(row, this.clock.now());
  }
}

/** The license fields of `Agent`: licenses are this module's, so it resolves them (batched per request). */
@Resolver(() => AgentType)
export class AgentLicensesResolver {
  constructor(
    private readonly licenseService: LicenseService,
    private readonly clock: Clock,
  ) {}

  @FieldResolver(() => [LicenseType], { description: 'Licenses bound to this agent, latest first.' })
  async licenses(@Root() agent: AgentType, @Ctx() ctx: GraphQLContext): Promise<LicenseType[]> {
    const rows = await ctx.loaders.get(LICENSES_OF_AGENT, (ids) => this.licenseService.ofAgents(ctx.em, ids)).load(agent.id);
    const now = this.clock.now();
    return rows.map((row) => toLicenseType(row, now));
  }

  @FieldResolver(() => [CoverageWindowType], { description: "The agent's license windows, oldest first: past, current and queued." })
  async coverage(@Root() agent: AgentType, @Ctx() ctx: GraphQLContext): Promise<CoverageWindowType[]> {
    const rows = await ctx.loaders.get(COVERAGE_OF_AGENT, (ids) => this.licenseService.coverageOfAgents(ctx.em, ids)).load(agent.id);
    return rows.map(toCoverageWindow);
  }

  @FieldResolver(() => Int, { description: 'How many licenses are bound to this agent (for list pages, without loading them).' })
  licenseCount(@Root() agent: AgentType, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.get(LICENSE_COUNT_OF_AGENT, (ids) => this.licenseService.countOfAgents(ctx.em, ids)).load(agent.id);
  }
}

/** `Platform.unlimitedAgents`: whether an unlimited-agents certificate's window is open now. */
@Resolver(() => PlatformType)
export class PlatformUnlimitedResolver {
  constructor(private readonly licenseService: LicenseService) {}

  @FieldResolver(() => Boolean, { description: 'True while now is inside the window of an unlimited-agents license.' })
  unlimitedAgents(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    return this.licenseService.unlimitedAgentsActive(ctx.em);
  }

  @FieldResolver(() => [CoverageWindowType], { description: "The platform's license windows, oldest first: past, current and queued." })
  async coverage(@Ctx() ctx: GraphQLContext): Promise<CoverageWindowType[]> {
    return (await this.licenseService.platformCoverage(ctx.em)).map(toCoverageWindow);
  }
}
