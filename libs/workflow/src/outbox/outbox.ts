import type { EntityManager } from 'typeorm';
import { isQueueName, QueueName } from '#queue';
import type { OutboxMessage, WorkflowEvent } from '../workflow-definition.js';
import { execute } from '#database';

/** Writes effects in the caller's transaction; the relay enqueues them after commit. Returns how many. */
export async function writeOutbox(
  manager: EntityManager,
  messages: readonly OutboxMessage[],
  now: Date,
): Promise<number> {
  if (messages.length === 0) return 0;
  for (const message of messages)
    if (!isQueueName(message.queue))
      throw new Error(`Cola desconocida en el outbox: ${message.queue}`);
  await execute(
    manager,
    `INSERT INTO outbox (queue, name, payload, available_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::timestamptz[])`,
    [
      messages.map((m) => m.queue),
      messages.map((m) => m.name),
      messages.map((m) => JSON.stringify(m.payload)),
      messages.map((m) => m.availableAt ?? now),
    ],
  );
  return messages.length;
}

/**
 * An effect that sends `event` to another instance as the system actor, after this transaction
 * commits (the worker's `workflow.event` job; see WorkflowEngine.sendAsSystem): applied once, and
 * only if that instance's machine accepts it then.
 */
export function systemEvent(instanceId: string, event: WorkflowEvent): OutboxMessage {
  return {
    queue: QueueName.System,
    name: 'workflow.event',
    payload: { instanceId, event: { ...event } },
  };
}
