/** Where the e2e suites find the real services that the global setup started. */
export const env = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};

export const TEST_PG_ADMIN_URL = 'DESPACHO_TEST_PG_ADMIN_URL';
export const TEST_REDIS_URL = 'DESPACHO_TEST_REDIS_URL';
