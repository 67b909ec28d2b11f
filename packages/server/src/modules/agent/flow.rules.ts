/** SPEC 1: an agent's dialogue flow, a stand-in for a real dialogue engine, but a working one. */
export interface FlowRule {
  readonly match: string;
  readonly reply: string;
}

export interface Flow {
  readonly greeting: string;
  readonly rules: readonly FlowRule[];
  readonly fallback: string;
}

export const DEFAULT_FLOW: Flow = {
  greeting: 'Hello! How can I help you today?',
  rules: [],
  fallback: "Sorry, I didn't understand that. Could you put it another way?",
};

/**
 * The one reply to a message: an empty (or blank) message gets the greeting; otherwise the reply of
 * the first rule whose `match` occurs in the message, ignoring case; otherwise the fallback.
 */
export function replyTo(flow: Flow, text: string): string {
  if (text.trim() === '') return flow.greeting;
  const message = text.toLocaleLowerCase('en');
  const rule = flow.rules.find((r) => r.match !== '' && message.includes(r.match.toLocaleLowerCase('en')));
  return rule ? rule.reply : flow.fallback;
}
