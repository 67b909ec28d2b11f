import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import { useState } from 'react';
import { useCurrentUser } from '../auth/session.js';
import { CopyButton } from '../common/copy-button.js';
import { ConfirmDialog } from '../common/dialog.js';
import { useRotateChannelToken } from './use-rotate-channel-token.js';

export const ChannelPanelFragment = graphql(`
  fragment ChannelPanel_agent on Agent {
    id
    channelToken
  }
`);

/** The channel endpoint an integration posts to, and its secret token (admins and operators only). */
export function ChannelPanel({ agent: ref }: { readonly agent: FragmentType<typeof ChannelPanelFragment> }) {
  const agent = getFragmentData(ChannelPanelFragment, ref);
  const user = useCurrentUser();
  const { rotate, loading, error } = useRotateChannelToken();
  const [shown, setShown] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const url = `${window.location.origin}/channels/${encodeURIComponent(agent.id)}/messages`;
  const token = agent.channelToken;
  return (
    <section className="card" aria-labelledby="channel-title">
      <h2 id="channel-title">Channel</h2>
      <p>Integrations send messages to this agent with an HTTP request:</p>
      <div className="code-line">
        <code>POST {url}</code>
        <CopyButton text={url} label="Copy the channel URL" />
      </div>
      {token === null ? (
        <p className="muted">Only admins and operators can see the channel token.</p>
      ) : (
        <>
          <p>
            with the header <code>X-Channel-Token</code> and a JSON body <code>{'{ "text": "…" }'}</code>.
          </p>
          <div className="code-line">
            <span id="channel-token-label">Channel token</span>
            <code aria-labelledby="channel-token-label">{shown ? token : '•'.repeat(24)}</code>
            <button type="button" className="button button--small" onClick={() => setShown((s) => !s)} aria-pressed={shown}>
              {shown ? 'Hide' : 'Show'}
            </button>
            <CopyButton text={token} label="Copy the channel token" />
            {user.can('MANAGE_AGENTS') && (
              <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
                Rotate…
              </button>
            )}
          </div>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title="Make a new channel token?"
          confirmLabel="Rotate token"
          danger
          busy={loading}
          error={error}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            if (await rotate(agent.id)) {
              setConfirming(false);
              setShown(true);
            }
          }}
        >
          <p>The current token stops working at once: every integration that uses it must be given the new one.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
