import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { BUDGET_REVIEWS } from '#budget';
import { CONVENIOS } from '#convenios';
import { RESOLUTIONS } from '#resolutions';
import { type WorkflowKind, WorkflowRegistry } from '#workflow';
import { ClockController } from './admin/clock.controller.js';
import { QueueCheckController } from './admin/queue-check.controller.js';
import { AttachmentsHttpModule } from './attachments/attachments-http.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BudgetHttpModule } from './budget/budget-http.module.js';
import { CalendarHttpModule } from './calendar/calendar-http.module.js';
import { ConveniosHttpModule } from './convenios/convenios-http.module.js';
import { CouncilHttpModule } from './council/council-http.module.js';
import { DelegationsHttpModule } from './delegations/delegations-http.module.js';
import { DirectoryController } from './directory/directory.controller.js';
import { UsersHttpModule } from './users/users-http.module.js';
import { ResolutionsHttpModule } from './resolutions/resolutions-http.module.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { createValidationPipe } from './http/validation.pipe.js';
import { MetricsService } from './operations/metrics.service.js';
import { ObserverAccess } from './operations/observer-access.js';
import { OperationsController } from './operations/operations.controller.js';
import { QueueHealthIndicator } from './operations/queue.health.js';
import { AuditController } from './workflow/audit.controller.js';
import { NotificationsController } from './workflow/notifications.controller.js';
import { WorkItemsController } from './workflow/work-items.controller.js';
import { BoardController } from './board/board.controller.js';
import { workflowResourceController } from './workflow/workflow-resource.controller.js';
import { MountedKinds } from './workflow/mounted-kinds.js';

/**
 * Routes a kind has beyond the contract's resource (a document, a public check, a board figure), mounted only when
 * the kind is installed.
 */
const KIND_ROUTES: Readonly<Record<string, Type<unknown>>> = {
  [RESOLUTIONS]: ResolutionsHttpModule,
  [CONVENIOS]: ConveniosHttpModule,
  [BUDGET_REVIEWS]: BudgetHttpModule,
};

/** HTTP only: controllers, guards, validation, errors. Domain work lives in libs/. */
@Module({
  imports: [
    AuthModule,
    CalendarHttpModule,
    CouncilHttpModule,
    DelegationsHttpModule,
    UsersHttpModule,
    TerminusModule.forRoot({ logger: false }),
    AttachmentsHttpModule,
  ],
  controllers: [
    OperationsController,
    DirectoryController,
    QueueCheckController,
    ClockController,
    AuditController,
    NotificationsController,
    WorkItemsController,
    BoardController,
  ],
  providers: [
    MetricsService,
    ObserverAccess,
    QueueHealthIndicator,
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
  exports: [MetricsService],
})
export class ApiModule {
  /** Every kind gets the contract's resource at `/api/v1/<name>`; nothing else mounts kinds. */
  static forKinds(kinds: readonly WorkflowKind[]): DynamicModule {
    return {
      module: ApiModule,
      imports: kinds.flatMap((kind) => KIND_ROUTES[kind.name] ?? []),
      controllers: kinds.map(workflowResourceController),
      providers: [
        {
          provide: MountedKinds,
          inject: [WorkflowRegistry],
          useFactory: (registry: WorkflowRegistry) => new MountedKinds(kinds, registry),
        },
      ],
    };
  }
}
