import { Foundation1764201600000 } from './1764201600000-foundation.js';
import { Calendar1764288000000 } from './1764288000000-calendar.js';
import { WorkflowKernel1764374400000 } from './1764374400000-workflow-kernel.js';
import { AuditChainAtCommit1764460800000 } from './1764460800000-audit-chain-at-commit.js';
import { OutboxJobId1764547200000 } from './1764547200000-outbox-job-id.js';
import { Delegations1764633600000 } from './1764633600000-delegations.js';

import { Resolutions1764720000000 } from './1764720000000-resolutions.js';
import { TimersDueOrder1764806400000 } from './1764806400000-timers-due-order.js';
import { DueTimersFunction1764892800000 } from './1764892800000-due-timers-function.js';
import { Attachments1764982800000 } from './1764982800000-attachments.js';
import { ManualClock1764979200000 } from './1764979200000-manual-clock.js';
import { DeadlineCodesObligations1765065600000 } from './1765065600000-deadline-codes-obligations.js';
import { InstancesKindVersion1765152000000 } from './1765152000000-instances-kind-version.js';
import { LoginLockouts1765238400000 } from './1765238400000-login-lockouts.js';
import { Sessions1765324800000 } from './1765324800000-sessions.js';
import { UsersDemo1765411200000 } from './1765411200000-users-demo.js';
import { AccountHousekeeping1765497600000 } from './1765497600000-account-housekeeping.js';
import { NationalNonWorkingDays1765584000000 } from './1765584000000-national-non-working-days.js';
import { ListReads1765670400000 } from './1765670400000-list-reads.js';
import { AuditSealedAfterCommit1765674000000 } from './1765674000000-audit-sealed-after-commit.js';
import { WorkItems1765760400000 } from './1765760400000-work-items.js';
import { Board1765846800000 } from './1765846800000-board.js';
import { StateStayDays1765850400000 } from './1765850400000-state-stay-days.js';
import { Council1765936800000 } from './1765936800000-council.js';
import { CouncilDecisions1766023200000 } from './1766023200000-council-decisions.js';
import { CouncilInformationRequests1766026800000 } from './1766026800000-council-information-requests.js';
import { BudgetCalendar1766112000000 } from './1766112000000-budget-calendar.js';
import { BudgetPhaseDates1766200000000 } from './1766200000000-budget-phase-dates.js';
import { DueTimersInstance1766300000000 } from './1766300000000-due-timers-instance.js';

/** Every migration, in order. Listed explicitly: no globbing of compiled files. */
export const MIGRATIONS = [
  Foundation1764201600000,
  Calendar1764288000000,
  WorkflowKernel1764374400000,
  AuditChainAtCommit1764460800000,
  OutboxJobId1764547200000,
  Delegations1764633600000,
  Resolutions1764720000000,
  TimersDueOrder1764806400000,
  DueTimersFunction1764892800000,
  ManualClock1764979200000,
  Attachments1764982800000,
  DeadlineCodesObligations1765065600000,
  InstancesKindVersion1765152000000,
  LoginLockouts1765238400000,
  Sessions1765324800000,
  UsersDemo1765411200000,
  AccountHousekeeping1765497600000,
  NationalNonWorkingDays1765584000000,
  ListReads1765670400000,
  AuditSealedAfterCommit1765674000000,
  WorkItems1765760400000,
  Board1765846800000,
  StateStayDays1765850400000,
  Council1765936800000,
  CouncilDecisions1766023200000,
  CouncilInformationRequests1766026800000,
  BudgetCalendar1766112000000,
  BudgetPhaseDates1766200000000,
  DueTimersInstance1766300000000,
];
