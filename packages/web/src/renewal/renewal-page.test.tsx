import { MockedProvider } from '@apollo/client/testing/react';
import { makeFragmentData, type Role } from '@licensing/schema/web';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FixedSessionProvider } from '../auth/session.js';
import { formatDateTime } from '../common/format.js';
import { RenewalPage, RenewalPagePlatformFragment } from './renewal-page.js';

function renderPage(platform: { status: 'UNLICENSED' | 'EXPIRED'; expiresAt: string | null }, role: Role = 'ADMIN') {
  const ref = makeFragmentData({ instanceId: '11111111-2222-4333-8444-555555555555', ...platform }, RenewalPagePlatformFragment);
  return render(
    <MockedProvider>
      <FixedSessionProvider user={{ id: 'u1', email: 'admin@example.com', role }}>
        <RenewalPage platform={ref} />
      </FixedSessionProvider>
    </MockedProvider>,
  );
}

describe('RenewalPage', () => {
  it('says the platform was never activated, with the instance id and the upload right there', () => {
    renderPage({ status: 'UNLICENSED', expiresAt: null });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This platform has not been activated');
    expect(document.body.textContent).toContain('Its license was never activated. Upload a license package from your vendor to activate it.');
    expect(document.body.textContent).not.toContain('expired');
    expect(screen.getByText('11111111-2222-4333-8444-555555555555')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the platform instance id' })).toBeTruthy();
    const input = screen.getByLabelText<HTMLInputElement>('Choose a license package (.lcs)');
    expect(input.type).toBe('file');
  });

  it('says when the platform license expired, and to renew it', () => {
    renderPage({ status: 'EXPIRED', expiresAt: '2027-01-01T09:30:00Z' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The platform license has expired');
    expect(document.body.textContent).toContain(
      `The platform license expired on ${formatDateTime('2027-01-01T09:30:00Z')}. Renew it: upload a new license package`,
    );
    expect(screen.getByLabelText('Choose a license package (.lcs)')).toBeTruthy();
  });

  it('offers no upload to a role that cannot upload, and says who can', () => {
    renderPage({ status: 'EXPIRED', expiresAt: '2027-01-01T09:30:00Z' }, 'VIEWER');
    expect(screen.queryByLabelText('Choose a license package (.lcs)')).toBeNull();
    expect(document.body.textContent).toContain('Ask a license manager or an admin to upload the package.');
  });
});
