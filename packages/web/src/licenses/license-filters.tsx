import type { LicenseStatus, LicenseType } from '@licensing/schema/web';
import type { ReactNode } from 'react';
import { LICENSE_STATUS_LOOK } from '../common/status-badge.js';
import { navigate, useSearchParams } from '../router/router.js';
import { LICENSE_TYPE_LABELS } from './license-labels.js';

/** The certificate filters; null is "all". */
export interface LicenseFilters {
  readonly status: LicenseStatus | null;
  readonly type: LicenseType | null;
}

const STATUSES = Object.keys(LICENSE_STATUS_LOOK) as LicenseStatus[];
const TYPES = Object.keys(LICENSE_TYPE_LABELS) as LicenseType[];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((v) => v === value) ?? null;
}

/** Reads the filters from a query string; an unknown value (an old or edited link) means "all". */
export function readLicenseFilters(params: URLSearchParams): LicenseFilters {
  return { status: oneOf(STATUSES, params.get('status')), type: oneOf(TYPES, params.get('type')) };
}

/** The licenses page's address with these filters: "/licenses?status=UNUSED&type=AGENT". */
export function licensesPath(filters: LicenseFilters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.type) params.set('type', filters.type);
  const search = params.toString();
  return search ? `/licenses?${search}` : '/licenses';
}

/**
 * The filters live in the address, so a filtered list can be linked and survives a reload; each change
 * is a history entry, so Back undoes it.
 */
export function useLicenseFilters(): readonly [LicenseFilters, (change: Partial<LicenseFilters>) => void] {
  const filters = readLicenseFilters(useSearchParams());
  const change = (next: Partial<LicenseFilters>) => navigate(licensesPath({ ...filters, ...next }), { keepScroll: true });
  return [filters, change];
}

interface LicenseFilterBarProps {
  readonly filters: LicenseFilters;
  readonly onChange: (change: Partial<LicenseFilters>) => void;
  /** Shown beside the filters: how many match. */
  readonly children?: ReactNode;
}

/** The status and type selects above the certificates. */
export function LicenseFilterBar({ filters, onChange, children }: LicenseFilterBarProps) {
  return (
    <div className="filters" role="group" aria-label="Filter certificates">
      <div className="field field--inline">
        <label htmlFor="license-status-filter">Status</label>
        <select id="license-status-filter" value={filters.status ?? ''} onChange={(e) => onChange({ status: oneOf(STATUSES, e.target.value) })}>
          <option value="">All statuses</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {LICENSE_STATUS_LOOK[s].label}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor="license-type-filter">Type</label>
        <select id="license-type-filter" value={filters.type ?? ''} onChange={(e) => onChange({ type: oneOf(TYPES, e.target.value) })}>
          <option value="">All types</option>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {LICENSE_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      {children}
    </div>
  );
}
