import { Injectable } from '@nestjs/common';
import { NotFoundError } from '#core';
import type { AnyWorkflowDefinition } from './workflow-definition.js';

/** Every workflow kind and machine version the system can run (older versions keep running their instances). */
@Injectable()
export class WorkflowRegistry {
  private readonly definitions = new Map<string, Map<number, AnyWorkflowDefinition>>();

  register(definition: AnyWorkflowDefinition): void {
    const states = definition.machine.root.states;
    for (const [name, node] of Object.entries(states)) {
      if (node.type !== 'atomic' && node.type !== 'final')
        throw new Error(
          `${definition.kind}: el estado ${name} no es plano; el kernel usa máquinas planas`,
        );
    }
    const versions =
      this.definitions.get(definition.kind) ?? new Map<number, AnyWorkflowDefinition>();
    if (versions.has(definition.version))
      throw new Error(`${definition.kind} v${definition.version} ya está registrado`);
    versions.set(definition.version, definition);
    this.definitions.set(definition.kind, versions);
  }

  current(kind: string): AnyWorkflowDefinition {
    const versions = this.definitions.get(kind);
    if (!versions) throw new NotFoundError(`El tipo de flujo ${kind}`);
    return versions.get(Math.max(...versions.keys())) as AnyWorkflowDefinition;
  }

  get(kind: string, version: number): AnyWorkflowDefinition {
    const definition = this.definitions.get(kind)?.get(version);
    if (!definition) throw new Error(`${kind} v${version} no está registrado`);
    return definition;
  }

  has(kind: string, version: number): boolean {
    return this.definitions.get(kind)?.has(version) ?? false;
  }

  kinds(): string[] {
    return [...this.definitions.keys()];
  }
}
