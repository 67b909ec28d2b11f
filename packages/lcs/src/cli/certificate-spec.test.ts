import { describe, expect, it } from 'vitest';
import { parseCertOption, parseIsoDate, parseSpecFile } from './certificate-spec.js';

describe('parseCertOption', () => {
  it('reads key=value pairs, case-insensitive enums, escaped commas', () => {
    expect(parseCertOption('type=platform, mode=Subscription, days=365, licensee=ACME\\, Inc., order=SO-9, id=c-1', '--cert 1')).toEqual({
      ok: true,
      draft: {
        source: '--cert 1',
        id: 'c-1',
        type: 'PLATFORM',
        mode: 'SUBSCRIPTION',
        validity: { permanent: false, days: 365 },
        licensee: 'ACME, Inc.',
        orderId: 'SO-9',
        activateBy: null,
      },
    });
  });

  it('reads permanent and activate-by', () => {
    const parsed = parseCertOption('type=AGENT,mode=BUYOUT,permanent,licensee=X,activate-by=2027-03-01', '--cert 1');
    expect(parsed).toMatchObject({ ok: true, draft: { validity: { permanent: true }, activateBy: new Date('2027-03-01T00:00:00Z') } });
  });

  it.each([
    ['mode=TEST,days=1,licensee=X', 'type is required'],
    ['type=X,mode=TEST,days=1,licensee=X', 'type must be one of'],
    ['type=AGENT,days=1,licensee=X', 'mode is required'],
    ['type=AGENT,mode=TEST,licensee=X', 'give the validity'],
    ['type=AGENT,mode=TEST,days=1,permanent,licensee=X', 'not both'],
    ['type=AGENT,mode=TEST,days=ten,licensee=X', 'days must be a whole number'],
    ['type=AGENT,mode=TEST,days=1', 'licensee is required'],
    ['type=AGENT,mode=TEST,days=1,licensee=ACME, Inc', '"Inc" is not key=value'],
    ['type=AGENT,mode=TEST,days=1,licensee=X,colour=red', 'unknown key "colour"'],
    ['type=AGENT,type=AGENT,mode=TEST,days=1,licensee=X', 'type is given twice'],
    ['type=AGENT,mode=TEST,days=1,licensee=X,activate-by=tomorrow', 'activate-by must be an ISO date'],
    ['type=AGENT,mode=TEST,days=1,licensee=X,permanent=no', 'permanent takes no value'],
  ])('%s is refused: %s', (text, message) => {
    const parsed = parseCertOption(text, '--cert 2');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.join('\n')).toContain(message);
      expect(parsed.errors.every((error) => error.startsWith('--cert 2: '))).toBe(true);
    }
  });
});

describe('parseSpecFile', () => {
  it('reads the documented shape', () => {
    const parsed = parseSpecFile(
      {
        platform: 'p-1',
        orderId: 'SO-1',
        issuer: 'ACME',
        certificates: [
          { type: 'AGENT', mode: 'SUBSCRIPTION', days: 30, licensee: 'C', activateBy: '2027-01-01T12:00:00+02:00', id: 'a', orderId: 'SO-2' },
          { type: 'PLATFORM', mode: 'BUYOUT', permanent: true, licensee: 'C' },
        ],
      },
      'spec.json',
    );
    expect(parsed).toEqual({
      ok: true,
      spec: {
        platform: 'p-1',
        orderId: 'SO-1',
        issuer: 'ACME',
        drafts: [
          {
            source: 'spec.json certificates[0]',
            id: 'a',
            type: 'AGENT',
            mode: 'SUBSCRIPTION',
            validity: { permanent: false, days: 30 },
            licensee: 'C',
            orderId: 'SO-2',
            activateBy: new Date('2027-01-01T10:00:00Z'),
          },
          {
            source: 'spec.json certificates[1]',
            id: null,
            type: 'PLATFORM',
            mode: 'BUYOUT',
            validity: { permanent: true },
            licensee: 'C',
            orderId: null,
            activateBy: null,
          },
        ],
      },
    });
  });

  it('names every mistake with its place', () => {
    const parsed = parseSpecFile({ platfrom: 'x', certificates: [{ type: 'AGENT', mode: 'TEST', days: '30', licencee: 'C' }, 'nope'] }, 'spec.json');
    expect(parsed.ok).toBe(false);
    const text = parsed.ok ? '' : parsed.errors.join('\n');
    expect(text).toContain('spec.json: unknown member "platfrom"');
    expect(text).toContain('spec.json certificates[0]: unknown member "licencee"');
    expect(text).toContain('spec.json certificates[0]: days must be a whole number');
    expect(text).toContain('spec.json certificates[1]: must be an object');
    expect(parseSpecFile([], 'spec.json').ok).toBe(false);
    expect(parseSpecFile({ certificates: 'x' }, 'spec.json').ok).toBe(false);
  });
});

describe('parseIsoDate', () => {
  it.each([
    ['2026-12-31', '2026-12-31T00:00:00.000Z'],
    ['2026-12-31T12:30', '2026-12-31T12:30:00.000Z'],
    ['2026-12-31T12:30:15Z', '2026-12-31T12:30:15.000Z'],
    ['2026-12-31T12:30:15.5+01:00', '2026-12-31T11:30:15.500Z'],
  ])('%s is %s (UTC unless an offset is given)', (text, iso) => {
    expect(parseIsoDate(text)?.toISOString()).toBe(iso);
  });

  it.each(['2026-02-30', '2026-13-01', 'tomorrow', '31/12/2026', '2026-12-31T25:00Z', ''])('%s is refused', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});
