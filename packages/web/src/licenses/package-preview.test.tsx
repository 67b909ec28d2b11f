import { makeFragmentData } from '@licensing/schema/web';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../common/format.js';
import { PackagePreviewFragment, PackagePreviewView } from './package-preview.js';

const cert = { type: 'PLATFORM' as const, validityDays: 30, permanent: false, licensee: 'ACME', alreadyImported: false, startsAt: null, endsAt: null };

describe('PackagePreviewView', () => {
  it('shows the platform before → after and each certificate’s effect in words', () => {
    const preview = makeFragmentData(
      {
        certificates: [
          { ...cert, id: 'p1', startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-01-31T00:00:00Z' },
          { ...cert, id: 'a1', type: 'AGENT' },
          { ...cert, id: 'old', alreadyImported: true },
        ],
        platformBefore: { status: 'UNLICENSED', expiresAt: null, permanent: false },
        platformAfter: { status: 'ACTIVE', expiresAt: '2027-01-31T00:00:00Z', permanent: false },
      },
      PackagePreviewFragment,
    );
    render(<PackagePreviewView fileName="acme.lcs" preview={preview} />);
    const region = screen.getByRole('region', { name: 'Package preview' });
    expect(region.textContent).toContain('acme.lcs: 2 certificates to import, 1 already imported.');
    expect(region.textContent).toContain(`Platform license: never licensed → until ${formatDateTime('2027-01-31T00:00:00Z')}`);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain(`Extends the platform to ${formatDateTime('2027-01-31T00:00:00Z')}`);
    expect(items[1]).toContain('Will wait for binding to an agent.');
    expect(items[2]).toContain('Already imported: it will be skipped.');
  });
});
