import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

export type MessageSource = 'CHANNEL' | 'TEST_CHAT';

/** A message an agent received, answered or refused (nothing is lost, SPEC 6). */
@Entity({ tableName: 'channel_message' })
export class ChannelMessage {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'bigint', autoincrement: true, persist: false })
  seq!: Opt<string>;

  @Property({ type: 'uuid' })
  agentId!: string;

  @Property({ type: 'text' })
  source!: MessageSource;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text', nullable: true })
  reply: string | null = null;

  @Property({ type: 'boolean' })
  refused!: boolean;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
