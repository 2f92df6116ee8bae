import type { EntityManager } from 'typeorm';

/**
 * Rows of a raw statement. TypeORM answers UPDATE and DELETE with `[rows, count]` and everything
 * else with the rows; the kernel's hot path uses raw SQL, so this hides the difference.
 */
export async function queryRows<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const raw: unknown = await manager.query(sql, params);
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number')
    return raw[0] as T[];
  return raw as T[];
}

export async function queryOne<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T | undefined> {
  return (await queryRows<T>(manager, sql, params))[0];
}
