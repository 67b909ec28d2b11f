import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, decodeCursor, toConnection } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { agentNotFound, ChannelMessageConnection, MAX_MESSAGE_LENGTH, SendMessageResultType, type AgentService } from '../agent/index.js';
import { badInput } from '../../graphql/domain-error.js';
import { agentLicenseInactive, type ChannelService } from './channel.service.js';

@Resolver()
export class ChannelResolver {
  constructor(
    private readonly channel: ChannelService,
    private readonly agents: AgentService,
  ) {}

  @Authorized('MANAGE_AGENTS')
  @Mutation(() => SendMessageResultType, { description: "The test chat: sends a message to an agent as a channel would. Needs the agent's license only." })
  async sendMessage(
    @Arg('agentId', () => ID, { description: 'The agent to talk to.' }) agentId: string,
    @Arg('text', () => String, { description: 'The message; empty gets the greeting. At most 4000 characters.' }) text: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SendMessageResultType> {
    if (text.length > MAX_MESSAGE_LENGTH) throw badInput(`A message may have at most ${MAX_MESSAGE_LENGTH} characters.`);
    const outcome = await this.channel.send(ctx.em, agentId, text, ctx.viewer!.userId);
    if (outcome.kind === 'REFUSED') throw agentLicenseInactive(outcome.expiredAt);
    if (outcome.kind !== 'REPLIED') throw agentNotFound(agentId);
    return { replies: outcome.replies.map((r) => ({ text: r.text })) };
  }

  @Authorized('READ_AGENT_SECRETS')
  @Query(() => ChannelMessageConnection, { description: 'What an agent received, newest first, refused messages included.' })
  async channelMessages(
    @Arg('agentId', () => ID, { description: 'The agent whose messages to list.' }) agentId: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (!isUuid(agentId) || !(await this.agents.get(ctx.em, agentId))) throw agentNotFound(agentId);
    const { rows, total } = await this.channel.messages(ctx.em, agentId, args.first, decodeCursor(args.after));
    return toConnection(rows, args.first, total, (row) => row);
  }
}
