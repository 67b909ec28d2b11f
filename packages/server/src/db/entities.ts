import { AccessToken } from '../modules/auth/access-token.entity.js';
import { LoginFailure } from '../modules/auth/login-failure.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { Platform } from '../modules/platform/platform.entity.js';
import { Agent } from '../modules/agent/agent.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { ChannelMessage } from '../modules/channel/channel-message.entity.js';

/** Every entity, listed explicitly: discovery by folder scanning does not work under tsx/ESM. */
export const ENTITIES = [User, AccessToken, LoginFailure, Platform, Agent, ChannelMessage, AuditEvent];
