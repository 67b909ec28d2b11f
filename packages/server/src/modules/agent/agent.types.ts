import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs, connectionOf } from '../../graphql/connection.js';
import { ResourceStatusEnum, type ResourceStatus } from '../expiry/index.js';

@ObjectType('FlowRule', { simpleResolvers: true, description: 'When a message contains `match` (ignoring case), the agent replies `reply`.' })
export class FlowRuleType {
  @Field(() => String, { description: 'Text to look for in a message.' })
  match!: string;

  @Field(() => String, { description: 'The reply.' })
  reply!: string;
}

@ObjectType('Flow', { simpleResolvers: true, description: "An agent's dialogue flow (SPEC 1): the first matching rule answers, else the fallback." })
export class FlowType {
  @Field(() => String, { description: 'The answer to an empty message.' })
  greeting!: string;

  @Field(() => [FlowRuleType], { description: 'Rules, tried in order.' })
  rules!: FlowRuleType[];

  @Field(() => String, { description: 'The answer when no rule matches.' })
  fallback!: string;
}

@ObjectType('Agent', { simpleResolvers: true, description: 'A chat agent and its license state.' })
export class AgentType {
  @Field(() => ID, { description: 'Stable id; also in the channel URL.' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => ResourceStatusEnum, { description: 'UNLICENSED, ACTIVE or EXPIRED, at the current second.' })
  status!: ResourceStatus;

  @Field(() => Date, { nullable: true, description: 'When the agent\'s license ends (its "available until" date); null when permanent or never licensed.' })
  expiresAt!: Date | null;

  @Field(() => Boolean, { description: 'True when the agent is licensed forever.' })
  permanent!: boolean;

  @Field(() => Int, { nullable: true, description: 'Whole days left, rounded up; 0 when expired; null when permanent or unlicensed.' })
  daysLeft!: number | null;

  @Field(() => String, { nullable: true, description: 'The secret for `X-Channel-Token`; shown to admins and operators only, null for others.' })
  channelToken!: string | null;

  @Field(() => FlowType, { description: 'The dialogue flow.' })
  flow!: FlowType;

  @Field(() => Date, { description: 'When the agent was created.' })
  createdAt!: Date;
}

@ArgsType()
export class AgentsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only agents whose name contains this text, ignoring case; at most 100 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

export const AgentConnection = connectionOf(AgentType, 'Agent', 'agent');

@InputType({ description: 'A new agent.' })
export class CreateAgentInput {
  @Field(() => String, { description: 'Display name, 1 to 100 characters.' })
  @IsString()
  @Length(1, 100)
  name!: string;
}

@InputType({ description: 'One rule of a flow.' })
export class FlowRuleInput {
  @Field(() => String, { description: 'Text to look for, 1 to 200 characters.' })
  @Length(1, 200)
  match!: string;

  @Field(() => String, { description: 'The reply, 1 to 2000 characters.' })
  @Length(1, 2000)
  reply!: string;
}

@InputType({ description: 'A whole dialogue flow; it replaces the current one.' })
export class FlowInput {
  @Field(() => String, { description: 'The answer to an empty message, 1 to 2000 characters.' })
  @Length(1, 2000)
  greeting!: string;

  @Field(() => [FlowRuleInput], { description: 'Rules, tried in order; at most 200.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  rules!: FlowRuleInput[];

  @Field(() => String, { description: 'The answer when no rule matches, 1 to 2000 characters.' })
  @Length(1, 2000)
  fallback!: string;
}

@ObjectType('ChatReply', { simpleResolvers: true, description: 'One reply of an agent.' })
export class ChatReplyType {
  @Field(() => String, { description: 'The reply text.' })
  text!: string;
}

@ObjectType('SendMessageResult', { simpleResolvers: true, description: "The agent's answer to a message." })
export class SendMessageResultType {
  @Field(() => [ChatReplyType], { description: "The replies (one: the first matching rule's, else the fallback)." })
  replies!: ChatReplyType[];
}

@ObjectType('ChannelMessage', { simpleResolvers: true, description: 'A message an agent received; refused ones too, so nothing is lost.' })
export class ChannelMessageType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'What was sent to the agent.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'What the agent answered; null when refused.' })
  reply!: string | null;

  @Field(() => Boolean, { description: 'True when the agent was not licensed and did not answer.' })
  refused!: boolean;

  @Field(() => String, { description: "CHANNEL for the channel endpoint, TEST_CHAT for the web app's test chat." })
  source!: string;

  @Field(() => Date, { description: 'When it arrived.' })
  createdAt!: Date;
}

export const ChannelMessageConnection = connectionOf(ChannelMessageType, 'ChannelMessage', 'channel message');

/** The longest message an agent accepts, on every channel. */
export const MAX_MESSAGE_LENGTH = 4000;
