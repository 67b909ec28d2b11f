import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthService } from './auth.service.js';
import { ApiTokenType, CreateApiTokenInput, CreatedApiToken } from './auth.types.js';

@Authorized('READ')
@Resolver()
export class ApiTokenResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => [ApiTokenType], { description: "The signed-in user's API tokens, newest first (secrets are never shown again)." })
  async apiTokens(@Ctx() ctx: GraphQLContext): Promise<ApiTokenType[]> {
    return (await this.auth.listApiTokens(ctx.em, ctx.viewer!)).map(ApiTokenType.from);
  }

  @Mutation(() => CreatedApiToken, { description: 'Makes an API token that acts as the signed-in user.' })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput, { description: "The token's name." }) input: CreateApiTokenInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreatedApiToken> {
    const { token, record } = await this.auth.createApiToken(ctx.em, ctx.viewer!, input.name);
    return { token, apiToken: ApiTokenType.from(record) };
  }

  @Mutation(() => Boolean, { description: 'Revokes one of your API tokens; false when it was unknown or already revoked.' })
  async revokeApiToken(@Arg('id', () => ID, { description: "The token's id." }) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return this.auth.revokeApiToken(ctx.em, ctx.viewer!, id);
  }
}
