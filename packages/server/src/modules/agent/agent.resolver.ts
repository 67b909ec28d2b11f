import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Clock } from '../../clock/clock.js';
import { decodeCursor, toConnection } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid, requireUuid } from '../../graphql/ids.js';
import { agentNotFound } from './agent.errors.js';
import { toAgentType } from './agent.mapper.js';
import type { AgentService } from './agent.service.js';
import { AgentConnection, AgentsArgs, AgentType, CreateAgentInput, FlowInput } from './agent.types.js';

@Resolver(() => AgentType)
export class AgentResolver {
  constructor(
    private readonly agentService: AgentService,
    private readonly clock: Clock,
  ) {}

  @Authorized('READ')
  @Query(() => AgentConnection, { description: 'Live agents, newest first (also what the binding dialog lists).' })
  async agents(@Args(() => AgentsArgs) args: AgentsArgs, @Ctx() ctx: GraphQLContext) {
    const { rows, total } = await this.agentService.page(ctx.em, args.first, decodeCursor(args.after), args.search ?? null);
    const now = this.clock.now();
    return toConnection(rows, args.first, total, (row) => toAgentType(row, now, ctx.viewer));
  }

  @Authorized('READ')
  @Query(() => AgentType, { nullable: true, description: 'One agent; null when unknown or deleted.' })
  async agent(@Arg('id', () => ID, { description: 'The agent.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<AgentType | null> {
    const agent = isUuid(id) ? await this.agentService.get(ctx.em, id) : null;
    return agent ? toAgentType(agent, this.clock.now(), ctx.viewer) : null;
  }

  @Authorized('MANAGE_AGENTS')
  @Mutation(() => AgentType, { description: 'Creates an agent with a default flow; inside an unlimited window it is licensed at once.' })
  async createAgent(
    @Arg('input', () => CreateAgentInput, { description: 'The new agent.' }) input: CreateAgentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentType> {
    return toAgentType(await this.agentService.create(ctx.em, ctx.viewer!, input.name), this.clock.now(), ctx.viewer);
  }

  @Authorized('MANAGE_AGENTS')
  @Mutation(() => Boolean, { description: 'Deletes an agent (softly): its channel stops and its licenses show EXPIRED.' })
  async deleteAgent(@Arg('id', () => ID, { description: 'The agent.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return this.agentService.delete(ctx.em, ctx.viewer!, requireUuid(id, agentNotFound));
  }

  @Authorized('MANAGE_AGENTS')
  @Mutation(() => AgentType, { description: "Replaces an agent's dialogue flow (needs an active platform license)." })
  async updateAgentFlow(
    @Arg('id', () => ID, { description: 'The agent.' }) id: string,
    @Arg('flow', () => FlowInput, { description: 'The whole new flow.' }) flow: FlowInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentType> {
    return toAgentType(await this.agentService.updateFlow(ctx.em, requireUuid(id, agentNotFound), flow), this.clock.now(), ctx.viewer);
  }

  @Authorized('MANAGE_AGENTS')
  @Mutation(() => AgentType, { description: 'Makes a new channel token; the old one stops working at once.' })
  async rotateChannelToken(@Arg('id', () => ID, { description: 'The agent.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<AgentType> {
    return toAgentType(await this.agentService.rotateChannelToken(ctx.em, requireUuid(id, agentNotFound)), this.clock.now(), ctx.viewer);
  }
}
