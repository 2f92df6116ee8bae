import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';

/**
 * The base of every processor. A BullMQ Worker emits 'error' for trouble outside a job (a lock it
 * could not renew, a lost connection); an EventEmitter without an 'error' listener turns that into
 * an unhandled error. The worker carries on by itself: the error only needs to be logged.
 */
export abstract class QueueWorkerHost extends WorkerHost {
  private readonly workerLogger = new Logger(this.constructor.name);

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.workerLogger.error({ err: error }, 'Error del worker de la cola (fuera de un trabajo)');
  }
}
