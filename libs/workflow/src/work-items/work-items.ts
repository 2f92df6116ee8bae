import type { AnyWorkflowDefinition, WorkItemSpec } from '../workflow-definition.js';

/** The instance's work items as the kernel stores them (`term_key` '' when the term has no key). */
export interface WorkItemRow {
  readonly action: string;
  readonly name: string;
  readonly unit_id: string | null;
  readonly role: string | null;
  readonly term_code: string | null;
  readonly term_key: string;
}

const ACTION = /^[a-z0-9_]{1,40}$/;

/** What the definition says must be done in this state, checked and in the stored shape. */
export function workItemsOf(
  definition: AnyWorkflowDefinition,
  state: string,
  context: object,
): WorkItemRow[] {
  const specs: readonly WorkItemSpec[] = definition.workItems?.(state, context) ?? [];
  return specs.map((spec) => {
    if (!ACTION.test(spec.action))
      throw new Error(`${definition.kind}: acción de pendiente inválida «${spec.action}»`);
    if (spec.unitId === null && !spec.role)
      throw new Error(`${definition.kind}: el pendiente «${spec.action}» no tiene unidad ni rol`);
    return {
      action: spec.action,
      name: spec.name,
      unit_id: spec.unitId,
      role: spec.role ?? null,
      term_code: spec.term?.code ?? null,
      term_key: spec.term?.key ?? '',
    };
  });
}

/** Whether two derivations give the same items (then the stored rows stay as they are). */
export function sameWorkItems(a: readonly WorkItemRow[], b: readonly WorkItemRow[]): boolean {
  return (
    a.length === b.length &&
    a.every((item, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        item.action === other.action &&
        item.name === other.name &&
        item.unit_id === other.unit_id &&
        item.role === other.role &&
        item.term_code === other.term_code &&
        item.term_key === other.term_key
      );
    })
  );
}
