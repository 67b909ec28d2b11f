// The agent module's public surface: other modules import these, never its other files.
export type { AgentDirectory } from './agent-directory.js';
export type { Agent } from './agent.entity.js';
export { agentNotFound } from './agent.errors.js';
export { agentRepository, type AgentLicenseState, type AgentSnapshot, type ExpiringAgent } from './agent.repository.js';
export type { AgentService } from './agent.service.js';
export { AgentType, ChannelMessageConnection, MAX_MESSAGE_LENGTH, SendMessageResultType } from './agent.types.js';
export { replyTo } from './flow.rules.js';
