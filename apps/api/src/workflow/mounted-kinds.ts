import type { OnApplicationBootstrap } from '@nestjs/common';
import type { WorkflowKind, WorkflowRegistry } from '#workflow';

/**
 * The kinds whose resource the API mounted. A kind registered any other way would have no routes,
 * so the API refuses to start rather than serve a kind nobody can reach.
 */
export class MountedKinds implements OnApplicationBootstrap {
  private readonly names: ReadonlySet<string>;

  constructor(
    kinds: readonly WorkflowKind[],
    private readonly registry: WorkflowRegistry,
  ) {
    this.names = new Set(kinds.map((k) => k.name));
  }

  onApplicationBootstrap(): void {
    const unmounted = this.registry.kinds().filter((kind) => !this.names.has(kind));
    if (unmounted.length > 0)
      throw new Error(
        `Tipos de flujo sin rutas HTTP: ${unmounted.join(', ')}. Declárelos en la lista de tipos (libs/kinds).`,
      );
  }
}
