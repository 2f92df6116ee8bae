import { profilesEdited } from './profiles.js';

export const BUDGET_MODIFICATIONS = '/api/v1/budget-modifications';

/**
 * A valid creation body: a transferencia de partidas between two lines of the same programa, from
 * Recursos Ordinarios (Lima's profile delegates its approval to the Gerente; Megantoni's, nothing).
 */
export const budgetModificationBody = (
  overrides: Record<string, unknown> = {},
): Record<string, unknown> => ({
  requestType: 'modificacion_presupuestaria',
  modality: 'transferencia_partidas',
  amount: '150000.50',
  fromLine: {
    program: '0036',
    productOrProject: '3000579',
    activity: '5004369',
    expenseItem: '2.3.2.7.11.99',
  },
  toLine: {
    program: '0036',
    productOrProject: '3000579',
    activity: '5004370',
    expenseItem: '2.3.1.5.1.2',
  },
  fundingSource: 'recursos_ordinarios',
  justification: 'Mayor demanda del servicio de limpieza pública por la temporada de lluvias.',
  ...overrides,
});

/** A crédito suplementario (only a destination line): no shipped profile delegates it. */
export const supplementaryCreditBody = (): Record<string, unknown> =>
  budgetModificationBody({ modality: 'credito_suplementario', fromLine: undefined });

/**
 * A temporary copy of the shipped profiles (for `MUNICIPALITIES_DIR`) where the Gerente of each of
 * `codes` approves transfers by delegation, as Lima's does. The caller removes the directory.
 */
export const profilesDelegatingTransfers = (codes: readonly string[]): string =>
  profilesEdited(codes, (shipped) =>
    shipped.replace(
      /^( {4}managerDelegation:\n {6}approves: )\[\]$/m,
      '$1[transferencia_partidas]',
    ),
  );
