// modules/bench still imports the directory from here; this line leaves with it (issue #11, bench branch).
export type { AgentDirectory } from '../agent/index.js';
