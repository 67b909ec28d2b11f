import { useRef, useState, type FormEvent } from 'react';
import { formatDateTime } from '../common/format.js';
import { useSendMessage } from './use-send-message.js';
import { t as translate } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';

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
      ? translate('chat.why.expired', { when: formatDateTime(agent.expiresAt) })
      : agent.status === 'UNLICENSED'
        ? translate('chat.why.never')
        : translate('chat.why.inactive');
  return translate('chat.refused', { name: agent.name, why });
}

/** Talks to the agent through `sendMessage`, as a channel would; shows a refusal in words. */
export function TestChat({ agent }: TestChatProps) {
  const t = useT();
  const { send, loading } = useSendMessage();
  const [text, setText] = useState('');
  const [lines, setLines] = useState<readonly ChatLine[]>([]);
  const key = useRef(0);
  const add = (from: ChatLine['from'], line: string) => setLines((l) => [...l, { key: key.current++, from, text: line }]);

  const exchange = async (message: string) => {
    add('you', message === '' ? t('chat.emptyMessage') : message);
    const outcome = await send(agent.id, message);
    if (outcome.kind === 'replied') outcome.replies.forEach((reply) => add('agent', reply));
    else if (outcome.kind === 'refused') add('notice', refusalText(agent));
    else add('notice', t('chat.notSent', { reason: outcome.message }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const message = text;
    setText('');
    await exchange(message);
  };

  return (
    <section className="card" aria-labelledby="chat-title">
      <h2 id="chat-title">{t('chat.title')}</h2>
      <p className="muted">{t('chat.intro')}</p>
      <ol className="chat" aria-live="polite" aria-label={t('chat.conversation')}>
        {lines.length === 0 && <li className="chat__empty muted">{t('chat.none')}</li>}
        {lines.map((line) => (
          <li key={line.key} className={`chat__line chat__line--${line.from}`}>
            <span className="chat__who">{line.from === 'you' ? t('chat.you') : line.from === 'agent' ? agent.name : t('chat.notice')}:</span> {line.text}
          </li>
        ))}
      </ol>
      <form className="chat__form" onSubmit={submit}>
        <label htmlFor="chat-input" className="visually-hidden">
          {t('chat.messageTo', { name: agent.name })}
        </label>
        <input
          id="chat-input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('chat.messageTo', { name: agent.name })}
          autoComplete="off"
          maxLength={4000}
        />
        <button type="submit" className="button button--primary" disabled={loading || text.trim() === ''}>
          {loading ? t('chat.sending') : t('chat.send')}
        </button>
        <button type="button" className="button" disabled={loading} onClick={() => void exchange('')}>
          {t('chat.askGreeting')}
        </button>
      </form>
    </section>
  );
}
