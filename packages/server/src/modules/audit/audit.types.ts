import { Field, ID, ObjectType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { connectionOf } from '../../graphql/connection.js';

@ObjectType('AuditEvent', { simpleResolvers: true, description: 'One entry of the audit log: who did what to which resource, and when.' })
export class AuditEventType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => Date, { description: 'When it happened (license clock).' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The user who did it; null for the system (sweeps, the channel).' })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'The email of that user.' })
  actorEmail!: string | null;

  @Field(() => String, { description: 'What happened, e.g. LICENSE_PACKAGE_UPLOADED, AGENT_LICENSE_BOUND, AGENT_DELETED, AGENT_MESSAGE_REFUSED.' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'PLATFORM or AGENT, when it concerns one.' })
  resourceType!: string | null;

  @Field(() => String, { nullable: true, description: "The resource's id." })
  resourceId!: string | null;

  @Field(() => String, { description: 'One line, in words.' })
  summary!: string;

  @Field(() => JSONObjectResolver, { description: 'Details: file name, imported and skipped ids, problems, license ids.' })
  details!: Record<string, unknown>;
}

export const AuditEventConnection = connectionOf(AuditEventType, 'AuditEvent', 'audit event');
