import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  addressAllowed,
  classifyAddress,
  deliveryOutcomeLabel,
  outcomeOf,
  webhookBody,
  webhookHeaders,
  webhookSignature,
  webhookUrlProblem,
} from './outbox.rules.js';

const NOW = new Date('2027-01-01T00:00:00Z');
const RETRY = [60, 300];

describe('deliveryOutcomeLabel (SPEC 13 notification_deliveries_total)', () => {
  it('counts a delivery, a retry still pending, and a final failure', () => {
    expect(deliveryOutcomeLabel(outcomeOf({ statusCode: 200, error: null }, 1, RETRY, NOW).status)).toBe('delivered');
    expect(deliveryOutcomeLabel(outcomeOf({ statusCode: 500, error: null }, 2, RETRY, NOW).status)).toBe('retried');
    expect(deliveryOutcomeLabel(outcomeOf({ statusCode: 500, error: null }, 3, RETRY, NOW).status)).toBe('failed');
  });
});

describe('outcomeOf (SPEC 10 retry schedule)', () => {
  it('delivers on any 2xx and on an accepted mail (250), at any attempt', () => {
    expect(outcomeOf({ statusCode: 200, error: null }, 1, RETRY, NOW)).toMatchObject({
      status: 'DELIVERED',
      attempts: 1,
      deliveredAt: NOW,
      nextAttemptAt: null,
    });
    expect(outcomeOf({ statusCode: 299, error: null }, 3, RETRY, NOW).status).toBe('DELIVERED');
    expect(outcomeOf({ statusCode: 250, error: null }, 1, RETRY, NOW).status).toBe('DELIVERED');
    expect(outcomeOf({ statusCode: 199, error: null }, 1, RETRY, NOW).status).toBe('PENDING');
    expect(outcomeOf({ statusCode: 300, error: null }, 1, RETRY, NOW).status).toBe('PENDING');
  });

  it('retries after the nth wait following attempt n, and fails after the last wait is used', () => {
    expect(outcomeOf({ statusCode: 500, error: null }, 1, RETRY, NOW)).toMatchObject({
      status: 'PENDING',
      nextAttemptAt: new Date(NOW.getTime() + 60_000),
      lastStatusCode: 500,
    });
    expect(outcomeOf({ statusCode: null, error: 'timeout' }, 2, RETRY, NOW)).toMatchObject({
      status: 'PENDING',
      nextAttemptAt: new Date(NOW.getTime() + 300_000),
      lastError: 'timeout',
    });
    expect(outcomeOf({ statusCode: 500, error: null }, 3, RETRY, NOW)).toMatchObject({ status: 'FAILED', nextAttemptAt: null, attempts: 3 });
    expect(outcomeOf({ statusCode: 500, error: null }, 1, [], NOW).status).toBe('FAILED');
  });

  it('keeps at most 500 characters of an error', () => {
    expect(outcomeOf({ statusCode: null, error: 'x'.repeat(600) }, 1, RETRY, NOW).lastError).toHaveLength(500);
  });
});

describe('webhookUrlProblem', () => {
  it('accepts http(s) only, up to 2000 characters, without credentials', () => {
    expect(webhookUrlProblem('https://hooks.example.com/x')).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9/x')).toBeNull();
    expect(webhookUrlProblem(`https://e.com/${'a'.repeat(2000 - 14)}`)).toBeNull();
    expect(webhookUrlProblem(`https://e.com/${'a'.repeat(2000 - 13)}`)).toMatch(/2000/);
    expect(webhookUrlProblem('ftp://e.com/')).toMatch(/http/);
    expect(webhookUrlProblem('file:///etc/passwd')).toMatch(/http/);
    expect(webhookUrlProblem('not a url')).toMatch(/valid/);
    expect(webhookUrlProblem('https://u:p@e.com/')).toMatch(/password/);
  });
});

describe('classifyAddress (SSRF)', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.255', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.0', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.0', 'public'],
    ['172.15.255.255', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd00::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['8.8.8.8', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['not-an-ip', 'reserved'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it('refuses non-public addresses only in production without WEBHOOK_ALLOW_PRIVATE', () => {
    expect(addressAllowed('127.0.0.1', true, false)).toBe(false);
    expect(addressAllowed('127.0.0.1', true, true)).toBe(true);
    expect(addressAllowed('127.0.0.1', false, false)).toBe(true);
    expect(addressAllowed('93.184.216.34', true, false)).toBe(true);
  });
});

describe('webhook signature (Standard Webhooks)', () => {
  const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

  it("verifies with the reference library's Webhook.verify", () => {
    const body = webhookBody('WEBHOOK_TEST', NOW, { hello: 'world' });
    const now = new Date();
    const headers = webhookHeaders(secret, 'msg_1', now, body);
    expect(new Webhook(secret).verify(body, headers)).toEqual({ type: 'webhook.test', timestamp: NOW.toISOString(), data: { hello: 'world' } });
    expect(headers['webhook-timestamp']).toBe(String(Math.floor(now.getTime() / 1000)));
  });

  it('matches the reference signature and changes with any byte of id, timestamp or body', () => {
    const reference = new Webhook(secret).sign('msg_1', new Date(1_700_000_000_000), '{"a":1}');
    expect(webhookSignature(secret, 'msg_1', 1_700_000_000, '{"a":1}')).toBe(reference);
    expect(webhookSignature(secret, 'msg_2', 1_700_000_000, '{"a":1}')).not.toBe(reference);
    expect(webhookSignature(secret, 'msg_1', 1_700_000_001, '{"a":1}')).not.toBe(reference);
    expect(webhookSignature(secret, 'msg_1', 1_700_000_000, '{"a":2}')).not.toBe(reference);
  });
});
