import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_REMINDER_THRESHOLDS_DAYS, loadConfig } from './config.js';

const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    loadConfig(env, '/srv');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({}, '/srv');
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: null,
      dataDir: '/srv/.data',
      trustedKeys: null,
      platformInstanceId: null,
      testHooks: false,
      production: false,
      maxPackageBytes: 16 * 1024 * 1024,
      maxPackageCertificates: 10_000,
      sweepSeconds: 60,
      reminderThresholdsDays: DEFAULT_REMINDER_THRESHOLDS_DAYS,
      clockRollbackToleranceSeconds: 3600,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'postgres://u@db:5432/lic',
        DATA_DIR: '/var/lib/license',
        LICENSE_TRUSTED_KEYS: '/etc/vendor.jwks.json',
        PLATFORM_INSTANCE_ID: '11111111-2222-4333-8444-555555555555',
        ADMIN_EMAIL: 'Boss@Example.com',
        ADMIN_PASSWORD: 'a long password',
        LICENSE_TEST_HOOKS: '1',
        REMINDER_THRESHOLDS_DAYS: '7, 30,1',
        CLOCK_ROLLBACK_TOLERANCE_SECONDS: '0',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u@db:5432/lic',
      dataDir: '/var/lib/license',
      trustedKeys: '/etc/vendor.jwks.json',
      platformInstanceId: '11111111-2222-4333-8444-555555555555',
      adminEmail: 'boss@example.com',
      testHooks: true,
      reminderThresholdsDays: [30, 7, 1],
      clockRollbackToleranceSeconds: 0,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ PLATFORM_INSTANCE_ID: 'not-a-uuid' }, 'PLATFORM_INSTANCE_ID'],
    [{ ADMIN_EMAIL: 'nobody' }, 'ADMIN_EMAIL'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ LICENSE_TEST_HOOKS: 'yes' }, 'LICENSE_TEST_HOOKS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ REMINDER_THRESHOLDS_DAYS: '45,0' }, 'REMINDER_THRESHOLDS_DAYS'],
    [{ REMINDER_THRESHOLDS_DAYS: '7,7' }, 'REMINDER_THRESHOLDS_DAYS'],
    [{ LICENSE_MAX_CERTIFICATES: '0' }, 'LICENSE_MAX_CERTIFICATES'],
    [{ CLOCK_ROLLBACK_TOLERANCE_SECONDS: '-1' }, 'CLOCK_ROLLBACK_TOLERANCE_SECONDS'],
    [{ CLOCK_ROLLBACK_TOLERANCE_SECONDS: '1h' }, 'CLOCK_ROLLBACK_TOLERANCE_SECONDS'],
  ])('names the bad variable in %j', (env, name) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(name);
  });

  it('reads mail and webhook settings (SPEC 10), with defaults', () => {
    expect(loadConfig({}, '/srv')).toMatchObject({
      smtpUrl: null,
      publicUrl: 'http://localhost:4000',
      webhookRetrySeconds: [60, 300, 1800, 7200, 21600],
      webhookAllowPrivate: false,
      deliveryLeaseSeconds: 30,
    });
    expect(
      loadConfig(
        {
          SMTP_URL: 'smtps://u:p@mail.example.com:465',
          MAIL_FROM: 'Licenses <l@example.com>',
          PUBLIC_URL: 'https://licenses.example.com/',
          WEBHOOK_RETRY_SECONDS: '1, 2',
          WEBHOOK_ALLOW_PRIVATE: '1',
        },
        '/srv',
      ),
    ).toMatchObject({
      smtpUrl: 'smtps://u:p@mail.example.com:465',
      mailFrom: 'Licenses <l@example.com>',
      publicUrl: 'https://licenses.example.com',
      webhookRetrySeconds: [1, 2],
      webhookAllowPrivate: true,
    });
    expect(
      problemsOf({ SMTP_URL: 'http://mail', MAIL_FROM: 'nobody', PUBLIC_URL: 'ftp://x', WEBHOOK_RETRY_SECONDS: '1,0', WEBHOOK_ALLOW_PRIVATE: 'yes' }),
    ).toEqual([
      expect.stringContaining('SMTP_URL'),
      expect.stringContaining('MAIL_FROM'),
      expect.stringContaining('PUBLIC_URL'),
      expect.stringContaining('WEBHOOK_RETRY_SECONDS'),
      expect.stringContaining('WEBHOOK_ALLOW_PRIVATE'),
    ]);
  });

  it('refuses production without trusted keys, and test hooks in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production', LICENSE_TEST_HOOKS: '1' });
    expect(problems.some((p) => p.startsWith('LICENSE_TRUSTED_KEYS is required'))).toBe(true);
    expect(problems.some((p) => p.startsWith('LICENSE_TEST_HOOKS=1 is refused'))).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', LICENSE_TRUSTED_KEYS: '{"keys":[]}' })).not.toThrow();
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ PORT: 'x', PLATFORM_INSTANCE_ID: 'y' })).toHaveLength(2);
  });

  it('reads the production settings: METRICS_TOKEN, TRUST_PROXY, DATABASE_POOL_SIZE', () => {
    expect(loadConfig({}, '/srv')).toMatchObject({ metricsToken: null, trustProxy: false, databasePoolSize: 10 });
    expect(loadConfig({ METRICS_TOKEN: 'a-long-enough-token', TRUST_PROXY: 'true', DATABASE_POOL_SIZE: '25' }, '/srv')).toMatchObject({
      metricsToken: 'a-long-enough-token',
      trustProxy: true,
      databasePoolSize: 25,
    });
    expect(loadConfig({ TRUST_PROXY: '2' }, '/srv').trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }, '/srv').trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(problemsOf({ TRUST_PROXY: 'the proxy' })[0]).toContain('TRUST_PROXY must be');
    expect(problemsOf({ METRICS_TOKEN: 'short' })[0]).toContain('METRICS_TOKEN must be at least 16');
    expect(problemsOf({ DATABASE_POOL_SIZE: '0' })[0]).toContain('DATABASE_POOL_SIZE');
  });
});

describe('loadConfig: hardening (issue 17)', () => {
  it('defaults: no extra origins, rate limits on', () => {
    expect(loadConfig({}, '/srv')).toMatchObject({ allowedOrigins: [], graphqlRatePerMinute: 1200, channelRatePerMinute: 1200 });
  });

  it('reads ALLOWED_ORIGINS as origins and the rate limits (0 turns one off)', () => {
    const config = loadConfig(
      { ALLOWED_ORIGINS: 'https://admin.example.com, http://localhost:5173/', GRAPHQL_RATE_LIMIT_PER_MINUTE: '0', CHANNEL_RATE_LIMIT_PER_MINUTE: '60' },
      '/srv',
    );
    expect(config).toMatchObject({ allowedOrigins: ['https://admin.example.com', 'http://localhost:5173'], graphqlRatePerMinute: 0, channelRatePerMinute: 60 });
  });

  it('refuses an origin with a path or another scheme', () => {
    expect(problemsOf({ ALLOWED_ORIGINS: 'https://a.example/app' })[0]).toContain('ALLOWED_ORIGINS');
    expect(problemsOf({ ALLOWED_ORIGINS: 'ftp://a.example' })[0]).toContain('ALLOWED_ORIGINS');
    expect(problemsOf({ GRAPHQL_RATE_LIMIT_PER_MINUTE: '-1' })[0]).toContain('GRAPHQL_RATE_LIMIT_PER_MINUTE');
  });
});
