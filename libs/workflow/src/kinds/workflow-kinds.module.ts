import {
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
  type OnModuleInit,
  type Provider,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '#database';
import type { AnyWorkflowDefinition } from '../workflow-definition.js';
import { WorkflowRegistry } from '../workflow.registry.js';
import { KindProfiles } from './kind-profiles.service.js';
import { isDefinition, type KindDefinitionSource, type WorkflowKind } from './workflow-kind.js';

export const WORKFLOW_KINDS = Symbol('WORKFLOW_KINDS');
const KIND_DEFINITIONS = Symbol('KIND_DEFINITIONS');

/**
 * Registers the kinds at init (their profile sections validated first), and refuses to serve if
 * the database holds an instance or a pending timer of a kind or machine version this process
 * cannot run: its events and timers would otherwise be dropped.
 */
@Injectable()
class KindsBootstrap implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(WORKFLOW_KINDS) private readonly kinds: readonly WorkflowKind[],
    @Inject(KIND_DEFINITIONS) private readonly definitions: readonly AnyWorkflowDefinition[],
    private readonly registry: WorkflowRegistry,
    private readonly profiles: KindProfiles,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.profiles.load(this.kinds);
    const names = this.kinds.flatMap((kind) => versionsOf(kind).map(() => kind.name));
    this.definitions.forEach((definition, i) => {
      if (definition.kind !== names[i])
        throw new Error(`El tipo ${names[i]} declara una definición de ${definition.kind}`);
      this.registry.register(definition);
    });
  }

  /**
   * Every kind and machine version stored, by a skip scan of its index (one probe per pair, not a
   * read of every instance). Pending timers belong to stored instances, so they are covered too.
   */
  async onApplicationBootstrap(): Promise<void> {
    const stored = await queryRows<{ kind: string; machine_version: number }>(
      this.dataSource.manager,
      `WITH RECURSIVE stored AS (
         (SELECT kind, machine_version FROM workflow_instances ORDER BY kind, machine_version LIMIT 1)
         UNION ALL
         SELECT next.kind, next.machine_version FROM stored s CROSS JOIN LATERAL (
           SELECT kind, machine_version FROM workflow_instances w
           WHERE (w.kind, w.machine_version) > (s.kind, s.machine_version)
           ORDER BY kind, machine_version LIMIT 1) next)
       SELECT kind, machine_version FROM stored`,
    );
    const unknown = stored.filter((s) => !this.registry.has(s.kind, s.machine_version));
    if (unknown.length > 0)
      throw new Error(
        `Este proceso no conoce tipos de flujo que la base de datos usa: ${unknown
          .map((u) => `${u.kind} v${u.machine_version} (expedientes)`)
          .join(
            ', ',
          )}. Regístrelos en libs/kinds (o en previousVersions del tipo) antes de iniciar.`,
      );
  }
}

const versionsOf = (kind: WorkflowKind): KindDefinitionSource[] => [
  kind.definition,
  ...(kind.previousVersions ?? []),
];

function definitionProvider(source: KindDefinitionSource, index: number): Provider {
  const token = `workflow-kind-definition:${index}`;
  return isDefinition(source)
    ? { provide: token, useValue: source }
    : {
        provide: token,
        inject: [...source.inject],
        useFactory: source.useFactory as (...deps: unknown[]) => AnyWorkflowDefinition,
      };
}

/** The workflow kinds of this process, imported once by its root module (API, worker or both). */
@Module({})
export class WorkflowKindsModule {
  static register(kinds: readonly WorkflowKind[]): DynamicModule {
    const names = kinds.map((k) => k.name);
    const repeated = names.find((name, i) => names.indexOf(name) !== i);
    if (repeated) throw new Error(`El tipo de flujo ${repeated} está dos veces en la lista`);
    const definitions = kinds.flatMap(versionsOf).map(definitionProvider);
    const modules = kinds.flatMap((k) => (k.module ? [k.module] : []));
    return {
      module: WorkflowKindsModule,
      global: true,
      imports: modules,
      providers: [
        ...definitions,
        { provide: WORKFLOW_KINDS, useValue: kinds },
        {
          provide: KIND_DEFINITIONS,
          inject: definitions.map((d) => (d as { provide: string }).provide),
          useFactory: (...built: AnyWorkflowDefinition[]) => built,
        },
        KindsBootstrap,
      ],
      // The kinds' own services (creators, documents) for the HTTP routes and the worker.
      exports: [WORKFLOW_KINDS, ...modules],
    };
  }
}
