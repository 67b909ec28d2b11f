import type { LicenseStatus, ResourceStatus } from '@licensing/schema/web';
import type { MessageKey } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';

/** The colour families of the stylesheet; every badge also says its state in words. */
export type Tone = 'ok' | 'warning' | 'danger' | 'neutral' | 'info';

/** A state in words (a catalog key) and colour. */
export interface Look {
  /** The catalog key of the words. */
  readonly label: MessageKey;
  readonly tone: Tone;
}

/** Certificate status (SPEC 4) → words and colour; typed over the generated enum, so a new status fails the build. */
export const LICENSE_STATUS_LOOK: Readonly<Record<LicenseStatus, Look>> = {
  UNUSED: { label: 'term.unused', tone: 'info' },
  ACTIVATED: { label: 'term.activated', tone: 'ok' },
  EXPIRED: { label: 'term.expired', tone: 'danger' },
};

/** Platform or agent state (SPEC 2) → words and colour. */
export const RESOURCE_STATUS_LOOK: Readonly<Record<ResourceStatus, Look>> = {
  ACTIVE: { label: 'resource.status.ACTIVE', tone: 'ok' },
  EXPIRED: { label: 'resource.status.EXPIRED', tone: 'danger' },
  UNLICENSED: { label: 'resource.status.UNLICENSED', tone: 'neutral' },
};

export function Badge({ tone, children, title }: { readonly tone: Tone; readonly children: string; readonly title?: string }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}

export function LicenseStatusBadge({ status }: { readonly status: LicenseStatus }) {
  const t = useT();
  const look = LICENSE_STATUS_LOOK[status];
  return <Badge tone={look.tone}>{t(look.label)}</Badge>;
}

export function ResourceStatusBadge({ status }: { readonly status: ResourceStatus }) {
  const t = useT();
  const look = RESOURCE_STATUS_LOOK[status];
  return <Badge tone={look.tone}>{t(look.label)}</Badge>;
}
