import { ConfirmDialog } from '../common/dialog.js';
import { plural } from '../common/format.js';
import { useDeleteAgent } from './use-delete-agent.js';

interface DeleteAgentDialogProps {
  readonly agent: { readonly id: string; readonly name: string; readonly licenseCount: number };
  readonly onClose: () => void;
  readonly onDeleted: () => void;
}

/** Asks before deleting, saying what is lost: the channel, and the agent's licenses (they expire). */
export function DeleteAgentDialog({ agent, onClose, onDeleted }: DeleteAgentDialogProps) {
  const { remove, loading, error } = useDeleteAgent();
  return (
    <ConfirmDialog
      title={`Delete agent ${agent.name}?`}
      confirmLabel="Delete agent"
      danger
      busy={loading}
      error={error}
      onClose={onClose}
      onConfirm={async () => {
        if (await remove(agent.id)) onDeleted();
      }}
    >
      <p>Its channel stops answering at once.</p>
      <p>
        {agent.licenseCount > 0
          ? `Its ${plural(agent.licenseCount, 'license')} will expire and cannot be bound to another agent.`
          : 'It has no license bound, so no license is lost.'}{' '}
        This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
