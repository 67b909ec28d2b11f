import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsEmail, IsIn, IsOptional, Length, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../../config/config.js';
import { ROLES, type Role } from './access.rules.js';
import { LOCALES, type Locale } from './locale.js';
import type { AccessToken } from './access-token.entity.js';
import type { User } from './user.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [R in Role]: R };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do (SPEC 8).',
  valuesConfig: {
    ADMIN: { description: 'Everything, including users and the audit log.' },
    LICENSE_MANAGER: { description: 'Upload license packages, bind agent licenses, read.' },
    OPERATOR: { description: 'Manage agents and their flows, read.' },
    VIEWER: { description: 'Read only.' },
  },
});

// GraphQL enum names cannot hold '-': the value zh_CN stands for the locale 'zh-CN'.
export const LocaleEnum = { en: 'en', zh_CN: 'zh-CN' } as const satisfies Record<string, Locale>;
registerEnumType(LocaleEnum, {
  name: 'Locale',
  description: 'A language the product speaks (SPEC 11).',
  valuesConfig: { en: { description: 'English.' }, zh_CN: { description: 'Simplified Chinese (zh-CN).' } },
});

@InputType({ description: "The signed-in user's own preferences; omitted fields keep their value." })
export class UpdateMyPreferencesInput {
  @Field(() => Boolean, { nullable: true, description: 'Mail me license reminders and expiries.' })
  @IsOptional()
  emailReminders?: boolean | null;

  @Field(() => LocaleEnum, { nullable: true, description: 'My language.' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale | null;
}

@ObjectType('User', { simpleResolvers: true, description: 'A person who signs in to the platform.' })
export class UserType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'Sign-in email, lower-cased.' })
  email!: string;

  @Field(() => RoleEnum, { description: 'What the user may do.' })
  role!: Role;

  @Field(() => Date, { description: 'When the user was created.' })
  createdAt!: Date;

  @Field(() => Boolean, { description: 'True when the user can no longer sign in.' })
  disabled!: boolean;

  @Field(() => Boolean, { description: 'Whether license reminders are mailed to this user (admins and license managers; default true).' })
  emailReminders!: boolean;

  @Field(() => LocaleEnum, {
    nullable: true,
    description: "The user's language for mails and the app; null until they choose one (mails are then in English, the app in the browser's language).",
  })
  locale!: Locale | null;

  static from(user: User): UserType {
    return Object.assign(new UserType(), {
      id: user.id,
      email: user.email,
      role: user.role,
      createdAt: user.createdAt,
      disabled: user.disabledAt !== null,
      emailReminders: user.emailReminders,
      locale: user.locale,
    });
  }
}

@ObjectType({ simpleResolvers: true, description: 'A new session.' })
export class LoginPayload {
  @Field(() => String, { description: 'A bearer token for the `Authorization` header; browsers also get it as an HttpOnly cookie.' })
  token!: string;

  @Field(() => UserType, { description: 'Who signed in.' })
  user!: UserType;
}

@InputType({ description: 'A new user.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Sign-in email; must be unique.' })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: `Initial password, at least ${MIN_PASSWORD_LENGTH} characters.` })
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password!: string;

  @Field(() => RoleEnum, { description: 'What the user may do.' })
  @IsIn(ROLES)
  role!: Role;
}

@ObjectType('ApiToken', { simpleResolvers: true, description: "A bearer token an integrator uses instead of a session; acts with its owner's role." })
export class ApiTokenType {
  @Field(() => ID, { description: 'Stable id, used to revoke it.' })
  id!: string;

  @Field(() => String, { description: 'What the token is for.' })
  name!: string;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it works.' })
  revokedAt!: Date | null;

  static from(token: AccessToken): ApiTokenType {
    return Object.assign(new ApiTokenType(), {
      id: token.id,
      name: token.name ?? '',
      createdAt: token.createdAt,
      revokedAt: token.revokedAt,
    });
  }
}

@ObjectType({ simpleResolvers: true, description: 'A new API token; its secret is shown this once and never again.' })
export class CreatedApiToken {
  @Field(() => String, { description: 'The secret, for `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => ApiTokenType, { description: 'The token record.' })
  apiToken!: ApiTokenType;
}

@InputType({ description: 'A name for a new API token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What the token is for, 1 to 100 characters.' })
  @Length(1, 100)
  name!: string;
}
