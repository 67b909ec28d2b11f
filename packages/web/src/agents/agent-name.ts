/** The longest agent name the API accepts (1 to 100 characters); `agents(search:)` takes as many. */
export const AGENT_NAME_MAX_LENGTH = 100;
