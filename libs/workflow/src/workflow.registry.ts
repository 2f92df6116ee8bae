import { Injectable } from '@nestjs/common';
import { NotFoundError } from '#core';
import { deadlineSpecsOf } from './deadlines/deadline-specs.js';
import { OBLIGATION_CODE } from './obligations/obligation-actions.js';
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
    const problems = termProblems(definition);
    if (problems.length > 0)
      throw new Error(`${definition.kind} v${definition.version}: ${problems.join('; ')}`);
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

/** Codes are what the database, the recounts and clients match on: valid, and one per term. */
function termProblems(definition: AnyWorkflowDefinition): string[] {
  const problems: string[] = [];
  for (const [code, spec] of Object.entries(definition.obligations ?? {})) {
    if (spec.code !== code) problems.push(`la obligación ${code} declara el código ${spec.code}`);
    if (!OBLIGATION_CODE.test(code)) problems.push(`código de obligación inválido: ${code}`);
  }
  for (const state of Object.keys(definition.machine.root.states)) {
    const codes = deadlineSpecsOf(definition, state).map((spec) => spec.code);
    for (const code of codes)
      if (typeof code !== 'string' || !OBLIGATION_CODE.test(code))
        problems.push(`plazo con código inválido en ${state}: ${String(code)}`);
    if (new Set(codes).size !== codes.length)
      problems.push(`códigos de plazo repetidos en ${state}`);
  }
  return problems;
}
