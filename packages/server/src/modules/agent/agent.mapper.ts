import { can, type Viewer } from '../auth/index.js';
import { daysLeft, resourceStatus } from '../expiry/index.js';
import type { Agent } from './agent.entity.js';
import { AgentType } from './agent.types.js';

/** An agent as the API shows it: license state at `now`, the channel token only for those who may read it. */
export function toAgentType(agent: Agent, now: Date, viewer: Viewer | null): AgentType {
  return Object.assign(new AgentType(), {
    id: agent.id,
    name: agent.name,
    status: resourceStatus(agent, now),
    expiresAt: agent.expiresAt,
    permanent: agent.permanent,
    daysLeft: daysLeft(agent, now),
    channelToken: viewer !== null && can(viewer.role, 'READ_AGENT_SECRETS') ? agent.channelToken : null,
    flow: { greeting: agent.flow.greeting, rules: agent.flow.rules.map((r) => ({ ...r })), fallback: agent.flow.fallback },
    createdAt: agent.createdAt,
  });
}
