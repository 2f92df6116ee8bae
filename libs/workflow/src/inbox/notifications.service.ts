import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, NotFoundError } from '#core';
import { queryOne, queryRows } from '#database';

export type NotificationKind = 'request' | 'reminder' | 'overdue' | 'escalation';

export interface NewNotification {
  readonly municipalityId: string;
  readonly kind: NotificationKind;
  /** Same key, same recipient → one entry, however often the job is redelivered. */
  readonly dedupeKey: string;
  readonly instanceId: string | null;
  readonly deadlineId: string | null;
  readonly title: string;
  readonly body: string;
}

export type Recipients = { readonly unitId: string } | { readonly role: string };

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  instanceId: string | null;
  deadlineId: string | null;
  createdAt: string;
  readAt: string | null;
}

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  instance_id: string | null;
  deadline_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

const view = (r: NotificationRow): NotificationView => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  instanceId: r.instance_id,
  deadlineId: r.deadline_id,
  createdAt: r.created_at.toISOString(),
  readAt: r.read_at?.toISOString() ?? null,
});

/** The inbox: alerts, escalations and requests for action, one per (deadline, kind, recipient). */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Inside the caller's transaction, in one statement however many; returns how many entries were
   * new. Each goes to the active users of a unit or with a role, in its municipality.
   */
  async deliver(
    manager: EntityManager,
    items: readonly { readonly to: Recipients; readonly notification: NewNotification }[],
  ): Promise<number> {
    if (items.length === 0) return 0;
    const column = <T>(pick: (n: NewNotification, to: Recipients) => T) =>
      items.map(({ to, notification }) => pick(notification, to));
    const rows = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO notifications (municipality_id, recipient_id, kind, dedupe_key, instance_id, deadline_id, title, body, created_at)
       SELECT x.municipality_id, u.id, x.kind, x.dedupe_key, x.instance_id, x.deadline_id, x.title, x.body, $10
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::text[], $9::text[])
         WITH ORDINALITY AS x(municipality_id, unit_id, role, kind, dedupe_key, instance_id, deadline_id, title, body, n)
       JOIN users u ON u.municipality_id = x.municipality_id AND u.active
        AND (u.unit_id = x.unit_id OR x.role = ANY(u.roles))
       ORDER BY x.n, u.id
       ON CONFLICT (recipient_id, dedupe_key) DO NOTHING RETURNING id`,
      [
        column((n) => n.municipalityId),
        column((_, to) => ('unitId' in to ? to.unitId : null)),
        column((_, to) => ('role' in to ? to.role : null)),
        column((n) => n.kind),
        column((n) => n.dedupeKey),
        column((n) => n.instanceId),
        column((n) => n.deadlineId),
        column((n) => n.title),
        column((n) => n.body),
        this.clock.now(),
      ],
    );
    return rows.length;
  }

  async list(
    recipientId: string,
    options: { unread: boolean; page: number; pageSize: number },
  ): Promise<{
    items: NotificationView[];
    total: number;
    unread: number;
    page: number;
    pageSize: number;
  }> {
    const filter = options.unread ? 'AND read_at IS NULL' : '';
    const manager = this.dataSource.manager;
    const rows = await queryRows<NotificationRow>(
      manager,
      `SELECT * FROM notifications WHERE recipient_id = $1 ${filter}
       ORDER BY created_at DESC, seq DESC LIMIT $2 OFFSET $3`,
      [recipientId, options.pageSize, (options.page - 1) * options.pageSize],
    );
    const counts = await queryOne<{ total: string; unread: string }>(
      manager,
      `SELECT count(*) FILTER (WHERE NOT $2 OR read_at IS NULL) AS total,
              count(*) FILTER (WHERE read_at IS NULL) AS unread
       FROM notifications WHERE recipient_id = $1`,
      [recipientId, options.unread],
    );
    return {
      items: rows.map(view),
      total: Number(counts?.total ?? 0),
      unread: Number(counts?.unread ?? 0),
      page: options.page,
      pageSize: options.pageSize,
    };
  }

  async markRead(recipientId: string, id: string): Promise<NotificationView> {
    const row = await queryOne<NotificationRow>(
      this.dataSource.manager,
      `UPDATE notifications SET read_at = COALESCE(read_at, $3)
       WHERE id = $1 AND recipient_id = $2 RETURNING *`,
      [id, recipientId, this.clock.now()],
    );
    if (!row) throw new NotFoundError('La notificación');
    return view(row);
  }

  async markAllRead(recipientId: string): Promise<{ marked: number }> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `UPDATE notifications SET read_at = $2 WHERE recipient_id = $1 AND read_at IS NULL RETURNING id`,
      [recipientId, this.clock.now()],
    );
    return { marked: rows.length };
  }
}
