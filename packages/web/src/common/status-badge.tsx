import type { LicenseStatus, ResourceStatus } from '@licensing/schema/web';

/** The colour families of the stylesheet; every badge also says its state in words. */
export type Tone = 'ok' | 'warning' | 'danger' | 'neutral' | 'info';

/** A state in words and colour. */
export interface Look {
  readonly label: string;
  readonly tone: Tone;
}

/** Certificate status (SPEC 4) → words and colour; typed over the generated enum, so a new status fails the build. */
export const LICENSE_STATUS_LOOK: Readonly<Record<LicenseStatus, Look>> = {
  UNUSED: { label: 'Unused', tone: 'info' },
  ACTIVATED: { label: 'Activated', tone: 'ok' },
  EXPIRED: { label: 'Expired', tone: 'danger' },
};

/** Platform or agent state (SPEC 2) → words and colour. */
export const RESOURCE_STATUS_LOOK: Readonly<Record<ResourceStatus, Look>> = {
  ACTIVE: { label: 'Active', tone: 'ok' },
  EXPIRED: { label: 'Expired', tone: 'danger' },
  UNLICENSED: { label: 'Unlicensed', tone: 'neutral' },
};

export function Badge({ tone, children, title }: { readonly tone: Tone; readonly children: string; readonly title?: string }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}

export function LicenseStatusBadge({ status }: { readonly status: LicenseStatus }) {
  const look = LICENSE_STATUS_LOOK[status];
  return <Badge tone={look.tone}>{look.label}</Badge>;
}

export function ResourceStatusBadge({ status }: { readonly status: ResourceStatus }) {
  const look = RESOURCE_STATUS_LOOK[status];
  return <Badge tone={look.tone}>{look.label}</Badge>;
}
