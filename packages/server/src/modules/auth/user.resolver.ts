import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import type { Role } from './access.rules.js';
import { AuthService } from './auth.service.js';
import { CreateUserInput, RoleEnum, UserType } from './auth.types.js';

@Authorized('ADMINISTER')
@Resolver()
export class UserResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => [UserType], { description: 'Every user, newest first (admins only).' })
  async users(@Ctx() ctx: GraphQLContext): Promise<UserType[]> {
    return (await this.auth.listUsers(ctx.em)).map(UserType.from);
  }

  @Mutation(() => UserType, { description: 'Creates a user with a role (admins only).' })
  async createUser(
    @Arg('input', () => CreateUserInput, { description: 'The new user.' }) input: CreateUserInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserType> {
    return UserType.from(await this.auth.createUser(ctx.em, input));
  }

  @Mutation(() => UserType, { description: "Changes a user's role; the last active admin cannot be demoted." })
  async changeUserRole(
    @Arg('id', () => ID, { description: 'The user.' }) id: string,
    @Arg('role', () => RoleEnum, { description: 'The new role.' }) role: Role,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserType> {
    return UserType.from(await this.auth.changeRole(ctx.em, id, role));
  }

  @Mutation(() => UserType, { description: 'Disables a user and ends their sessions and tokens.' })
  async disableUser(@Arg('id', () => ID, { description: 'The user.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<UserType> {
    return UserType.from(await this.auth.disableUser(ctx.em, id, ctx.viewer!));
  }
}
