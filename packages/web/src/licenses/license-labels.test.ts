import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../common/format.js';
import { coverageText, validityText } from './license-labels.js';

describe('coverageText', () => {
  it('says "starts on" for a window queued after the current expiry', () => {
    const text = coverageText({ status: 'ACTIVATED', permanent: false, startsAt: '2027-03-01T00:00:00Z', queued: true, endsAt: '2027-03-31T00:00:00Z' });
    expect(text).toBe(`Starts on ${formatDateTime('2027-03-01T00:00:00Z')}, until ${formatDateTime('2027-03-31T00:00:00Z')}`);
  });

  it('says "until" for a running window and "ended on" for a past one', () => {
    expect(coverageText({ status: 'ACTIVATED', permanent: false, startsAt: '2026-12-01T00:00:00Z', endsAt: '2027-02-01T00:00:00Z' })).toBe(
      `Until ${formatDateTime('2027-02-01T00:00:00Z')}`,
    );
    expect(coverageText({ status: 'EXPIRED', permanent: false, startsAt: '2026-10-01T00:00:00Z', endsAt: '2026-11-01T00:00:00Z' })).toBe(
      `Ended on ${formatDateTime('2026-11-01T00:00:00Z')}`,
    );
  });

  it('words permanent, unbound and absorbed certificates', () => {
    expect(coverageText({ status: 'ACTIVATED', permanent: true, startsAt: '2026-12-01T00:00:00Z', endsAt: null })).toBe(
      `Permanent since ${formatDate('2026-12-01T00:00:00Z')}`,
    );
    expect(coverageText({ status: 'UNUSED', permanent: false })).toBe('Not bound yet');
    expect(coverageText({ status: 'UNUSED', permanent: false, activateBy: '2027-02-01T00:00:00Z' })).toBe(
      `Not bound yet; bind before ${formatDateTime('2027-02-01T00:00:00Z')}`,
    );
    expect(coverageText({ status: 'EXPIRED', permanent: false, activateBy: '2026-12-01T00:00:00Z', agent: null })).toBe(
      `Not bound before ${formatDateTime('2026-12-01T00:00:00Z')}`,
    );
    expect(coverageText({ status: 'ACTIVATED', permanent: false, agent: { id: 'a' } })).toBe('No window: absorbed by a permanent license');
  });
});

describe('validityText', () => {
  it('words days, permanent and auto-granted', () => {
    expect(validityText({ permanent: false, validityDays: 1 })).toBe('1 day');
    expect(validityText({ permanent: false, validityDays: 365 })).toBe('365 days');
    expect(validityText({ permanent: true, validityDays: null })).toBe('Permanent');
    expect(validityText({ permanent: false, validityDays: null, autoGranted: true })).toBe('Granted by unlimited license');
  });
});
