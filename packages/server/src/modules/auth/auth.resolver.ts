import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthService } from './auth.service.js';
import { LoginPayload, UpdateMyPreferencesInput, UserType } from './auth.types.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => LoginPayload, { description: 'Signs in; wrong credentials give UNAUTHENTICATED, too many failures RATE_LIMITED.' })
  async login(
    @Arg('email', () => String, { description: 'Sign-in email (any case).' }) email: string,
    @Arg('password', () => String, { description: 'The password.' }) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LoginPayload> {
    const { token, user } = await this.auth.login(ctx.em, email, password, ctx.address);
    if (ctx.req && ctx.res) setSessionCookie(ctx.req, ctx.res, token);
    return { token, user: UserType.from(user) };
  }

  @Authorized('READ')
  @Mutation(() => Boolean, { description: 'Ends the current session (API tokens are revoked with `revokeApiToken`).' })
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await this.auth.logout(ctx.em, ctx.viewer!);
    if (ctx.res) clearSessionCookie(ctx.res);
    return true;
  }

  @Authorized('READ')
  @Query(() => UserType, { description: 'The signed-in user.' })
  async me(@Ctx() ctx: GraphQLContext): Promise<UserType> {
    return UserType.from(await this.auth.user(ctx.em, ctx.viewer!.userId));
  }

  @Authorized('READ')
  @Mutation(() => UserType, { description: 'Changes your own preferences: reminder mails and language (SPEC 10).' })
  async updateMyPreferences(
    @Arg('input', () => UpdateMyPreferencesInput, { description: 'What to change.' }) input: UpdateMyPreferencesInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserType> {
    return UserType.from(await this.auth.updatePreferences(ctx.em, ctx.viewer!.userId, input));
  }
}
