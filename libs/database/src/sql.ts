import { createHash } from 'node:crypto';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

interface SimpleClient {
  query(text: string): Promise<unknown>;
}

const names = new Map<string, string>();

/** One name per statement text: PostgreSQL parses and plans it once per connection. */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `s${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * Rows of a raw statement. Inside a transaction it runs as a named prepared statement on the
 * transaction's connection (the kernel's hot path: no parse and plan per call); otherwise through
 * TypeORM, which answers UPDATE and DELETE with `[rows, count]` and everything else with the rows.
 */
export async function queryRows<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const runner = manager.queryRunner;
  if (runner && !runner.isReleased) {
    const client = (await runner.connect()) as PgClient;
    try {
      return (await client.query({ name: statementName(sql), text: sql, values: params }))
        .rows as T[];
    } catch (error: unknown) {
      throw new QueryFailedError(sql, params, error as Error);
    }
  }
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

/** One page of a list, and how many the whole list has. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A filtered list: rows come from `select`, the count from `from`, both under `where` ($1…$n). */
export interface ListStatement {
  readonly select: string;
  readonly from: string;
  readonly where: string;
  readonly orderBy: string;
  readonly params: readonly unknown[];
}

/** A page of a list and its total, in two statements that share the filter (LIMIT/OFFSET come last). */
export async function queryPage<T>(
  manager: EntityManager,
  list: ListStatement,
  page: { readonly page: number; readonly pageSize: number },
): Promise<Page<T>> {
  const n = list.params.length;
  const items = await queryRows<T>(
    manager,
    `${list.select} WHERE ${list.where} ORDER BY ${list.orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...list.params, page.pageSize, (page.page - 1) * page.pageSize],
  );
  const count = await queryOne<{ total: number }>(
    manager,
    `SELECT count(*)::int AS total FROM ${list.from} WHERE ${list.where}`,
    [...list.params],
  );
  return { items, total: count?.total ?? 0, page: page.page, pageSize: page.pageSize };
}

/** A statement whose rows are not needed. */
export async function execute(
  manager: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<void> {
  await queryRows(manager, sql, params);
}

/**
 * A transaction whose BEGIN travels with its first statement, in one round trip (PostgreSQL's
 * simple protocol runs several statements of one message in order). `first` takes no parameters.
 * Runs on a TypeORM query runner marked as in a transaction, so nothing inside opens another.
 */
export async function transactionOpenedBy<T>(
  dataSource: DataSource,
  first: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as SimpleClient;
  // As TypeORM's own startTransaction leaves it: a nested transaction() becomes a savepoint and
  // save() opens none, so nothing inside can commit half of this one.
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  const send = async (text: string): Promise<{ command?: string }> => {
    try {
      return (await client.query(text)) as { command?: string };
    } catch (error: unknown) {
      throw new QueryFailedError(text, [], error as Error);
    }
  };
  try {
    await send(`START TRANSACTION; ${first}`);
    state.isTransactionActive = true;
    state.transactionDepth = 1;
    const result = await work(runner.manager);
    // PostgreSQL answers COMMIT of an aborted transaction with ROLLBACK, not an error.
    if ((await send('COMMIT')).command !== 'COMMIT')
      throw new Error('La transacción se revirtió: una sentencia anterior falló');
    return result;
  } catch (error: unknown) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    state.isTransactionActive = false;
    state.transactionDepth = 0;
    await runner.release();
  }
}
