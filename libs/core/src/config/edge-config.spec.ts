import { ConfigError, loadConfig } from './load-config.js';
import { parseTrustProxy } from './edge-config.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://u:p@db:5432/despacho',
  JWT_SECRET: 'x'.repeat(32),
};

describe('edge configuration', () => {
  it('trusts no proxy unless told: a hop count or addresses/CIDRs, never "true"', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1,::1,loopback')).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
      'loopback',
    ]);
    expect(parseTrustProxy('true')).toEqual({
      problem: expect.stringMatching(/cualquier cliente/),
    });
    expect(parseTrustProxy('10.0.0.0/33')).toEqual({ problem: expect.stringMatching(/33/) });
    expect(parseTrustProxy('proxy.local')).toEqual({ problem: expect.stringMatching(/proxy/) });
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
  });

  it('exposes metrics and docs in development, and in production only when asked', () => {
    expect(loadConfig({}).edge).toMatchObject({
      trustProxy: false,
      exposeMetrics: true,
      exposeApiDocs: true,
      loginLockout: { threshold: 10, minutes: 15 },
      publicVerifyRateLimit: 60,
    });
    expect(loadConfig(PRODUCTION).edge).toMatchObject({
      exposeMetrics: false,
      exposeApiDocs: false,
    });
    const token = 'm'.repeat(32);
    expect(loadConfig({ ...PRODUCTION, METRICS_TOKEN: token }).edge).toMatchObject({
      exposeMetrics: true,
      metricsToken: token,
    });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});
