import type { LicenseStatus, LicenseType } from '@licensing/schema/web';
import type { ReactNode } from 'react';
import { LICENSE_STATUS_LOOK } from '../common/status-badge.js';
import { navigate, useSearchParams } from '../router/router.js';
import { useT } from '../i18n/use-t.js';
import { LICENSE_TYPE_KEYS, licenseTypeLabel } from './license-labels.js';

/** The certificate filters; null is "all". */
export interface LicenseFilters {
  readonly status: LicenseStatus | null;
  readonly type: LicenseType | null;
}

const STATUSES = Object.keys(LICENSE_STATUS_LOOK) as LicenseStatus[];
const TYPES = Object.keys(LICENSE_TYPE_KEYS) as LicenseType[];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((v) => v === value) ?? null;
}

/** Reads the filters from a query string; an unknown value (an old or edited link) means "all". */
export function readLicenseFilters(params: URLSearchParams): LicenseFilters {
  return { status: oneOf(STATUSES, params.get('status')), type: oneOf(TYPES, params.get('type')) };
}

/** SPEC 12: the CSV export of the licenses these filters show (the session cookie signs it in). */
export function licensesCsvPath(filters: LicenseFilters): string {
  return licensesPath(filters).replace(/^\/licenses/, '/exports/licenses.csv');
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

interface FilterSelectProps<T extends string> {
  readonly id: string;
  readonly label: string;
  /** The option for "no filter": "All statuses". */
  readonly all: string;
  readonly values: readonly T[];
  readonly labelOf: (value: T) => string;
  readonly value: T | null;
  readonly onChange: (value: T | null) => void;
}

function FilterSelect<T extends string>({ id, label, all, values, labelOf, value, onChange }: FilterSelectProps<T>) {
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(oneOf(values, e.target.value))}>
        <option value="">{all}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The status and type selects above the certificates. */
export function LicenseFilterBar({ filters, onChange, children }: LicenseFilterBarProps) {
  const t = useT();
  return (
    <div className="filters" role="group" aria-label={t('filters.label')}>
      <FilterSelect
        id="license-status-filter"
        label={t('filters.status')}
        all={t('filters.allStatuses')}
        values={STATUSES}
        labelOf={(s) => t(LICENSE_STATUS_LOOK[s].label)}
        value={filters.status}
        onChange={(status) => onChange({ status })}
      />
      <FilterSelect
        id="license-type-filter"
        label={t('filters.type')}
        all={t('filters.allTypes')}
        values={TYPES}
        labelOf={licenseTypeLabel}
        value={filters.type}
        onChange={(type) => onChange({ type })}
      />
      {children}
    </div>
  );
}
