import { CopyButton } from '../common/copy-button.js';

/** The platform's instance id, which a vendor needs to issue packages for this installation. */
export function InstanceId({ instanceId }: { readonly instanceId: string }) {
  return (
    <div className="instance-id">
      <span className="instance-id__label" id="instance-id-label">
        Platform instance id
      </span>
      <code className="instance-id__value" aria-labelledby="instance-id-label">
        {instanceId}
      </code>
      <CopyButton text={instanceId} label="Copy the platform instance id" />
    </div>
  );
}
