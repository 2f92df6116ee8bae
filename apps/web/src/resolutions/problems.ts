import { ApiProblem, type Problem } from '../api/client';

/** The API's refusal, or null when the error is not one (no connection: said generically). */
export function problemOf(error: unknown): Problem | null {
  return error instanceof ApiProblem ? error.problem : null;
}

/**
 * VALIDATION_FAILED's field list as path → message, paths as the API writes them: `subject`,
 * `articles` (the list as a whole), `addressees.0.email`.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const problem = problemOf(error);
  if (!problem || problem.code !== 'VALIDATION_FAILED' || !problem.errors) return {};
  return Object.fromEntries(
    problem.errors.map((e) => [e.field, capitalize(e.messages.join('; '))]),
  );
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1) + '.';

/** What to say about a refusal besides its fields. */
export function problemText(error: unknown): string {
  return problemOf(error)?.detail ?? 'No hay conexión con el servidor. Intente de nuevo.';
}

/** The form's fields in the order they are shown: the first one with an error takes the focus. */
export function focusFirstInvalid(form: HTMLElement | null): void {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid-group]');
  invalid?.focus();
}
