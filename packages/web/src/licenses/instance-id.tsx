import { CopyButton } from '../common/copy-button.js';
import { useT } from '../i18n/use-t.js';

/** The platform's instance id, which a vendor needs to issue packages for this installation. */
export function InstanceId({ instanceId }: { readonly instanceId: string }) {
  const t = useT();
  return (
    <div className="instance-id">
      <span className="instance-id__label" id="instance-id-label">
        {t('instanceId.label')}
      </span>
      <code className="instance-id__value" aria-labelledby="instance-id-label">
        {instanceId}
      </code>
      <CopyButton text={instanceId} label={t('instanceId.copy')} />
    </div>
  );
}
