import { useRef, useState, type FormEvent } from 'react';
import { formatDateTime } from '../common/format.js';
import { useSendMessage } from './use-send-message.js';

interface ChatLine {
  readonly key: number;
  readonly from: 'you' | 'agent' | 'notice';
  readonly text: string;
}

interface TestChatProps {
  readonly agent: { readonly id: string; readonly name: string; readonly status: 'ACTIVE' | 'EXPIRED' | 'UNLICENSED'; readonly expiresAt?: string | null };
}

/** Why an agent did not answer, in words. */
export function refusalText(agent: TestChatProps['agent']): string {
  const why =
    agent.status === 'EXPIRED' && agent.expiresAt
      ? `its license expired on ${formatDateTime(agent.expiresAt)}`
      : agent.status === 'UNLICENSED'
        ? 'it has never been licensed'
        : 'it is not licensed';
  return `${agent.name} did not answer: ${why}. The message was recorded but got no reply. Bind an agent license to it to let it talk.`;
}

/** Talks to the agent through `sendMessage`, as a channel would; shows a refusal in words. */
export function TestChat({ agent }: TestChatProps) {
  const { send, loading } = useSendMessage();
  const [text, setText] = useState('');
  const [lines, setLines] = useState<readonly ChatLine[]>([]);
  const key = useRef(0);
  const add = (from: ChatLine['from'], line: string) => setLines((l) => [...l, { key: key.current++, from, text: line }]);

  const exchange = async (message: string) => {
    add('you', message === '' ? '(empty message: asks for the greeting)' : message);
    const outcome = await send(agent.id, message);
    if (outcome.kind === 'replied') outcome.replies.forEach((reply) => add('agent', reply));
    else if (outcome.kind === 'refused') add('notice', refusalText(agent));
    else add('notice', `Not sent. ${outcome.message}`);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const message = text;
    setText('');
    await exchange(message);
  };

  return (
    <section className="card" aria-labelledby="chat-title">
      <h2 id="chat-title">Test chat</h2>
      <p className="muted">Messages go through the agent's license check and flow exactly as a channel's would, and are recorded as test messages.</p>
      <ol className="chat" aria-live="polite" aria-label="Conversation">
        {lines.length === 0 && <li className="chat__empty muted">No messages yet.</li>}
        {lines.map((line) => (
          <li key={line.key} className={`chat__line chat__line--${line.from}`}>
            <span className="chat__who">{line.from === 'you' ? 'You' : line.from === 'agent' ? agent.name : 'Notice'}:</span> {line.text}
          </li>
        ))}
      </ol>
      <form className="chat__form" onSubmit={submit}>
        <label htmlFor="chat-input" className="visually-hidden">
          Message to {agent.name}
        </label>
        <input
          id="chat-input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={`Message to ${agent.name}`}
          autoComplete="off"
          maxLength={4000}
        />
        <button type="submit" className="button button--primary" disabled={loading || text.trim() === ''}>
          {loading ? 'Sending…' : 'Send'}
        </button>
        <button type="button" className="button" disabled={loading} onClick={() => void exchange('')}>
          Ask for the greeting
        </button>
      </form>
    </section>
  );
}
