import { ConfirmDialog } from '../common/dialog.js';
import { useT } from '../i18n/use-t.js';
import { useDeleteAgent } from './use-delete-agent.js';

interface DeleteAgentDialogProps {
  readonly agent: { readonly id: string; readonly name: string; readonly licenseCount: number };
  readonly onClose: () => void;
  readonly onDeleted: () => void;
}

/** Asks before deleting, saying what is lost: the channel, and the agent's licenses (they expire). */
export function DeleteAgentDialog({ agent, onClose, onDeleted }: DeleteAgentDialogProps) {
  const t = useT();
  const { remove, loading, error } = useDeleteAgent();
  return (
    <ConfirmDialog
      title={t('deleteAgent.title', { name: agent.name })}
      confirmLabel={t('deleteAgent.confirm')}
      danger
      busy={loading}
      error={error}
      onClose={onClose}
      onConfirm={async () => {
        if (await remove(agent.id)) onDeleted();
      }}
    >
      <p>{t('deleteAgent.channel')}</p>
      <p>{agent.licenseCount > 0 ? t('deleteAgent.licenses', { count: agent.licenseCount }) : t('deleteAgent.noLicenses')}</p>
    </ConfirmDialog>
  );
}
