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

  /** Inside the caller's transaction; returns how many entries were new. */
  async deliver(manager: EntityManager, to: Recipients, n: NewNotification): Promise<number> {
    const [column, value] =
      'unitId' in to ? ['unit_id = $2', to.unitId] : ['$2 = ANY(roles)', to.role];
    const rows = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO notifications (municipality_id, recipient_id, kind, dedupe_key, instance_id, deadline_id, title, body, created_at)
       SELECT $1, u.id, $3, $4, $5, $6, $7, $8, $9 FROM users u
       WHERE u.municipality_id = $1 AND u.active AND ${column}
       ON CONFLICT (recipient_id, dedupe_key) DO NOTHING RETURNING id`,
      [
        n.municipalityId,
        value,
        n.kind,
        n.dedupeKey,
        n.instanceId,
        n.deadlineId,
        n.title,
        n.body,
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
