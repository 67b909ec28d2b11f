import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LicenseFilterBar, licensesCsvPath, licensesPath, readLicenseFilters, useLicenseFilters } from './license-filters.js';

function FiltersAtUrl() {
  const [filters, setFilters] = useLicenseFilters();
  return <LicenseFilterBar filters={filters} onChange={setFilters} />;
}

const selected = (label: string) => screen.getByLabelText<HTMLSelectElement>(label).value;

describe('license filters in the URL', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('reads known values and ignores the rest', () => {
    expect(readLicenseFilters(new URLSearchParams('?status=UNUSED&type=AGENT'))).toEqual({ status: 'UNUSED', type: 'AGENT' });
    expect(readLicenseFilters(new URLSearchParams('?status=bogus'))).toEqual({ status: null, type: null });
    expect(licensesPath({ status: 'EXPIRED', type: null })).toBe('/licenses?status=EXPIRED');
    expect(licensesPath({ status: null, type: null })).toBe('/licenses');
    // The export keeps the page's filters.
    expect(licensesCsvPath({ status: 'UNUSED', type: 'AGENT' })).toBe('/exports/licenses.csv?status=UNUSED&type=AGENT');
    expect(licensesCsvPath({ status: null, type: null })).toBe('/exports/licenses.csv');
  });

  it('starts from the address, writes each change to it, and goes back with Back', async () => {
    window.history.replaceState(null, '', '/licenses?status=UNUSED');
    render(<FiltersAtUrl />);
    expect(selected('Status')).toBe('UNUSED');
    expect(selected('Type')).toBe('');

    await userEvent.selectOptions(screen.getByLabelText('Type'), 'AGENT');
    expect(window.location.pathname + window.location.search).toBe('/licenses?status=UNUSED&type=AGENT');
    expect(selected('Type')).toBe('AGENT');

    await userEvent.selectOptions(screen.getByLabelText('Status'), '');
    expect(window.location.search).toBe('?type=AGENT');

    act(() => window.history.back());
    await waitFor(() => expect(selected('Status')).toBe('UNUSED'));
    expect(selected('Type')).toBe('AGENT');
  });
});
