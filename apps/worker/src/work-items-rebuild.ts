import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { WorkItemsService } from '#workflow';

/**
 * At start, derives the work items of every instance again when a migration asked for it (once in
 * the deployment: see WorkItemsService.rebuildIfRequested); otherwise it costs one query.
 */
@Injectable()
export class WorkItemsRebuild implements OnApplicationBootstrap {
  constructor(private readonly workItems: WorkItemsService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.workItems.rebuildIfRequested();
  }
}
