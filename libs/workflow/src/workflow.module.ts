import { Global, Module } from '@nestjs/common';
import { CalendarModule } from '#calendar';
import { OrgModule } from '#org';
import { CalendarRecalculation } from './deadlines/calendar-recalculation.service.js';
import { DeadlinesService } from './deadlines/deadlines.service.js';
import { TimersService } from './deadlines/timers.service.js';
import { NotificationsService } from './inbox/notifications.service.js';
import { OutboxRelay } from './outbox/outbox-relay.service.js';
import { RegisterService } from './register/register.service.js';
import { KindProfiles } from './kinds/kind-profiles.service.js';
import { ManualTimeService } from './deadlines/manual-time.service.js';
import { WorkflowEngine } from './workflow.engine.js';
import { WorkflowMetrics } from './workflow.metrics.js';
import { WorkflowRegistry } from './workflow.registry.js';
import { WorkItemsService } from './work-items/work-items.service.js';
import { BoardService } from './board/board.service.js';

/** The kernel. The kinds come from WorkflowKindsModule, imported once by each process's root. */
@Global()
@Module({
  imports: [CalendarModule, OrgModule],
  providers: [
    WorkflowRegistry,
    KindProfiles,
    DeadlinesService,
    CalendarRecalculation,
    OutboxRelay,
    NotificationsService,
    WorkflowEngine,
    TimersService,
    WorkflowMetrics,
    RegisterService,
    ManualTimeService,
    WorkItemsService,
    BoardService,
  ],
  exports: [
    WorkflowRegistry,
    KindProfiles,
    OutboxRelay,
    NotificationsService,
    WorkflowEngine,
    TimersService,
    WorkflowMetrics,
    RegisterService,
    DeadlinesService,
    ManualTimeService,
    WorkItemsService,
    BoardService,
  ],
})
export class WorkflowModule {}
