import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, decodeCursor, toConnection } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import type { AuditService } from './audit.service.js';
import { AuditEventConnection } from './audit.types.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Authorized('ADMINISTER')
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first (admins only).' })
  async auditEvents(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    const { rows, total } = await this.audit.list(ctx.em, args.first, decodeCursor(args.after));
    return toConnection(rows, args.first, total, (row) => row);
  }
}
