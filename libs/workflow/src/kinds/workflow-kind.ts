import type { InjectionToken, Type } from '@nestjs/common';
import type { Actor } from '#audit';
import type { AnyWorkflowDefinition } from '../workflow-definition.js';

/** Turns a validated creation body into the new instance's context (and checks who may create). */
export interface WorkflowCreator {
  prepare(actor: Actor, input: Record<string, unknown>): Promise<Record<string, unknown>>;
}

/** A kind's section of the municipality profile (`kinds.<name>` in config/municipalities/*.yaml). */
export interface KindProfileSection<T extends object = object> {
  /** class-validator class of the section; every municipality's profile must have a valid one. */
  readonly schema: Type<T>;
  /** Checks against the rest of the profile (e.g. a numbering series that must exist), in Spanish. */
  check?(section: T, profile: { readonly numbering: Readonly<Record<string, unknown>> }): string[];
}

/** How a kind's definition is built: as is, or from providers of the kind's module. */
export type KindDefinitionSource =
  | AnyWorkflowDefinition
  | {
      readonly inject: readonly InjectionToken[];
      // Factory arguments are the injected providers, whatever their classes.
      readonly useFactory: (...deps: never[]) => AnyWorkflowDefinition;
    };

/**
 * A workflow kind as the installation runs it: its definition, where its HTTP resource is mounted,
 * and its section of the municipality profile. Listed once (libs/kinds) for the API and the worker.
 */
export interface WorkflowKind {
  /** Registry name and URL segment: `/api/v1/<name>`. Equal to the definition's `kind`. */
  readonly name: string;
  /** OpenAPI tag, in Spanish. */
  readonly tag: string;
  /** class-validator class of the creation body. */
  readonly createDto: Type<object>;
  /** Provider (of `module`) that builds a new instance's context; absent, the validated body is the context. */
  readonly creator?: Type<WorkflowCreator>;
  /** The kind's own providers (creator, services its definition uses). */
  readonly module?: Type<unknown>;
  /** The current version: what new instances run. */
  readonly definition: KindDefinitionSource;
  /** Earlier machine versions, kept while instances created with them exist (their reads and timers). */
  readonly previousVersions?: readonly KindDefinitionSource[];
  readonly profile?: KindProfileSection;
  /**
   * When `definition` is a factory: what the OpenAPI document says of it before the providers
   * exist (its machine's states and its events map). A plain definition is read directly.
   */
  readonly contract?: KindContract;
  /**
   * Class (with @ApiProperty) of the fields the definition's `present` adds to the resource: the
   * OpenAPI document publishes them beside the kernel's. Absent, it shows the kernel's fields only.
   */
  readonly resource?: Type<object>;
  /**
   * Class (with @ApiProperty) of the fields the definition's `summary` adds to each list item:
   * the OpenAPI document publishes them beside the kernel's summary fields.
   */
  readonly summary?: Type<object>;
  /** Who may create one and what is notable, in Spanish: added to the creation's OpenAPI description. */
  readonly creation?: string;
}

/** A kind's states and event payload classes, as published in the OpenAPI document. */
export interface KindContract {
  readonly states: readonly string[];
  readonly events: AnyWorkflowDefinition['events'];
}

/** Declares a kind; the identity function is there for the types. */
export function defineKind(kind: WorkflowKind): WorkflowKind {
  return kind;
}

export const isDefinition = (source: KindDefinitionSource): source is AnyWorkflowDefinition =>
  'machine' in source;

/** The kind's states and events for the OpenAPI document (undefined: a factory without `contract`). */
export function kindContract(kind: WorkflowKind): KindContract | undefined {
  const source = kind.definition;
  return isDefinition(source)
    ? { states: Object.keys(source.machine.root.states), events: source.events }
    : kind.contract;
}
