/** Where the e2e suites find the real services that the global setup started. */
export const env = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};

export const TEST_PG_ADMIN_URL = 'DESPACHO_TEST_PG_ADMIN_URL';
/** The migrated database each suite's database is copied from (unset: suites migrate from scratch). */
export const TEST_PG_TEMPLATE = 'DESPACHO_TEST_PG_TEMPLATE';
export const TEST_REDIS_URL = 'DESPACHO_TEST_REDIS_URL';
