import type { WorkflowClient, Resource } from './workflow-client.js';

/** A mandate from the Gerente Municipal of Lima to its Gerencia de Desarrollo Urbano. */
export async function createMandate(
  client: WorkflowClient,
  overrides: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Resource> {
  const response = await client.post(
    'mml.gerente',
    '/api/v1/mandates',
    {
      title: 'Informe de avance de obras',
      instructions: 'Consolidar el avance físico y financiero de las obras de pistas y veredas.',
      source: 'reunion',
      sourceReference: 'Reunión de gerentes del 30/11/2026',
      responsibleUnitId: await client.unitId('mml.gerente', 'GDU'),
      term: { days: 5, unit: 'business' },
      ...overrides,
    },
    headers,
  );
  if (response.status !== 201)
    throw new Error(`crear encargo: ${response.status} ${response.text}`);
  return response.body as Resource;
}
