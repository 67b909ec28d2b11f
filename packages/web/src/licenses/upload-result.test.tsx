import { makeFragmentData } from '@licensing/schema/web';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../common/format.js';
import { UploadResultLicenseFragment, UploadResultView } from './upload-result.js';

const license = (id: string, type: 'PLATFORM' | 'AGENT', status: 'ACTIVATED' | 'UNUSED', window: { startsAt: string | null; endsAt: string | null }) =>
  makeFragmentData(
    { id, type, status, permanent: false, validityDays: type === 'PLATFORM' ? 365 : 30, autoGranted: false, activateBy: null, queued: false, ...window },
    UploadResultLicenseFragment,
  );

describe('UploadResultView', () => {
  it('lists what was imported and what was skipped, in words', () => {
    render(
      <UploadResultView
        fileName="acme.lcs"
        outcome={{
          kind: 'imported',
          imported: [
            license('plat-1', 'PLATFORM', 'ACTIVATED', { startsAt: '2020-01-01T00:00:00Z', endsAt: '2099-01-01T00:00:00Z' }),
            license('agent-1', 'AGENT', 'UNUSED', { startsAt: null, endsAt: null }),
          ],
          skipped: [license('agent-0', 'AGENT', 'UNUSED', { startsAt: null, endsAt: null })],
        }}
      />,
    );
    const result = screen.getByRole('status');
    expect(result.textContent).toContain('acme.lcs: 2 certificates imported, 1 skipped.');
    const lists = within(result).getAllByRole('list');
    expect(lists).toHaveLength(2);
    const imported = lists[0]!.textContent ?? '';
    expect(imported).toContain('plat-1: Platform license, 365 days.');
    expect(imported).toContain('Activated');
    expect(imported).toContain(`Until ${formatDateTime('2099-01-01T00:00:00Z')}`);
    expect(imported).toContain('agent-1: Agent license, 30 days.');
    expect(imported).toContain('Unused');
    expect(imported).toContain('Bind it to an agent to activate it.');
    expect(result.textContent).toContain('Skipped, because it was already imported (nothing changed for it):');
    expect(lists[1]!.textContent).toContain('agent-0');
  });

  it('says a single certificate in the singular and leaves out an empty skipped list', () => {
    render(
      <UploadResultView
        fileName="one.lcs"
        outcome={{
          kind: 'imported',
          imported: [license('plat-1', 'PLATFORM', 'ACTIVATED', { startsAt: '2020-01-01T00:00:00Z', endsAt: '2099-01-01T00:00:00Z' })],
          skipped: [],
        }}
      />,
    );
    expect(screen.getByRole('heading').textContent).toBe('one.lcs: 1 certificate imported.');
    expect(screen.queryByText(/Skipped/)).toBeNull();
  });

  it('lists every problem of a refused package with its certificate position, index and id', () => {
    render(
      <UploadResultView
        fileName="bad.lcs"
        outcome={{
          kind: 'refused',
          message: 'The license package was refused, nothing was imported: 3 problems were found.',
          problems: [
            { index: 0, certificateId: 'cert-a', code: 'BAD_SIGNATURE', message: 'The signature does not verify with the vendor key.' },
            { index: 2, certificateId: null, code: 'MALFORMED', message: 'The certificate is not a compact JWS.' },
            { index: 4, certificateId: 'cert-c', code: 'WRONG_PLATFORM', message: 'The certificate is for another platform.' },
          ],
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('bad.lcs was refused; nothing was imported.');
    expect(alert.textContent).toContain('3 problems were found.');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      "Certificate 1 of the file (index 0, id “cert-a”): The certificate's signature is not valid: it was altered or damaged.",
      'Certificate 3 of the file (index 2, id unreadable): The content is not a valid license package or certificate.',
      'Certificate 5 of the file (index 4, id “cert-c”): The certificate was issued for another platform instance.',
    ]);
    // Codes are for machines; people read the app's own words for them.
    expect(alert.textContent).not.toContain('BAD_SIGNATURE');
  });

  it('words a problem of the whole file', () => {
    render(
      <UploadResultView
        fileName="huge.lcs"
        outcome={{
          kind: 'refused',
          message: 'x',
          problems: [{ index: null, certificateId: null, code: 'TOO_LARGE', message: 'The file is larger than 16 MiB.' }],
        }}
      />,
    );
    expect(screen.getByRole('listitem').textContent).toBe('The whole file: The file is too large, or holds too many certificates.');
    expect(screen.getByRole('alert').textContent).toContain('1 problem was found.');
  });
});
