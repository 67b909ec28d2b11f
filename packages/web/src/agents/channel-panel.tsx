import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import { useState } from 'react';
import { useCurrentUser } from '../auth/session.js';
import { CopyButton } from '../common/copy-button.js';
import { ConfirmDialog } from '../common/dialog.js';
import { useRotateChannelToken } from './use-rotate-channel-token.js';
import { Trans } from '../i18n/trans.js';
import { useT } from '../i18n/use-t.js';

export const ChannelPanelFragment = graphql(`
  fragment ChannelPanel_agent on Agent {
    id
    channelToken
  }
`);

/** The channel endpoint an integration posts to, and its secret token (admins and operators only). */
export function ChannelPanel({ agent: ref }: { readonly agent: FragmentType<typeof ChannelPanelFragment> }) {
  const t = useT();
  const agent = getFragmentData(ChannelPanelFragment, ref);
  const user = useCurrentUser();
  const { rotate, loading, error } = useRotateChannelToken();
  const [shown, setShown] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const url = `${window.location.origin}/channels/${encodeURIComponent(agent.id)}/messages`;
  const token = agent.channelToken;
  return (
    <section className="card" aria-labelledby="channel-title">
      <h2 id="channel-title">{t('channel.title')}</h2>
      <p>{t('channel.intro')}</p>
      <div className="code-line">
        <code>POST {url}</code>
        <CopyButton text={url} label={t('channel.copyUrl')} />
      </div>
      {token === null ? (
        <p className="muted">{t('channel.tokenHidden')}</p>
      ) : (
        <>
          <p>
            <Trans id="channel.with" values={{ body: '{ "text": "…" }' }} components={{ 0: <code />, 1: <code /> }} />
          </p>
          <div className="code-line">
            <span id="channel-token-label">{t('channel.token')}</span>
            <code aria-labelledby="channel-token-label">{shown ? token : '•'.repeat(24)}</code>
            <button type="button" className="button button--small" onClick={() => setShown((s) => !s)} aria-pressed={shown}>
              {shown ? t('channel.hide') : t('channel.show')}
            </button>
            <CopyButton text={token} label={t('channel.copyToken')} />
            {user.can('MANAGE_AGENTS') && (
              <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
                {t('channel.rotate')}
              </button>
            )}
          </div>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('channel.rotateTitle')}
          confirmLabel={t('channel.rotateConfirm')}
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
          <p>{t('channel.rotateText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
