import { type Actor, type Authority } from '#audit';
import { contentHashOf } from './resolution-content.js';
import { signatureOf } from './resolution-signing.service.js';
import { signingTitle } from './resolution.policy.js';

/** A refusal with its stable code and a Spanish detail that says why. */
const refusal = (code: string, detail: RegExp) => ({
  refusal: expect.objectContaining({ code }),
  detail: expect.stringMatching(detail),
});

const actor = (roles: string[], authorities: Authority[] = []): Actor => ({
  userId: 'u1',
  name: 'x',
  municipalityId: 'm1',
  unitId: 'unit',
  roles,
  authorities,
});

const authority = (over: Partial<Authority>): Authority => ({
  delegationId: 'd1',
  kind: 'encargatura',
  delegatorRole: 'GERENTE_MUNICIPAL',
  delegatorPost: 'Gerente Municipal Metropolitano',
  instrument: 'Resolución de Alcaldía N° 005-2026-MML',
  subjects: ['resoluciones_gerencia_municipal'],
  ...over,
});

describe('who signs, and how it reads (D10)', () => {
  it('the Gerente signs in their own right; nobody else without a delegation in force', () => {
    expect(signingTitle(actor(['GERENTE_MUNICIPAL']), undefined)).toEqual({ authority: null });
    expect(signingTitle(actor(['SECRETARIA_GENERAL']), undefined)).toMatchObject(
      refusal('NOT_A_SIGNER', /Solo el Gerente/),
    );
    expect(
      signingTitle(actor(['GERENCIA'], [authority({ subjects: ['otra_materia'] })]), undefined),
    ).toMatchObject(refusal('NOT_A_SIGNER', /Solo el Gerente/));
  });

  it('an encargatura or delegación de firma from the Gerente lets its holder sign', () => {
    const held = authority({});
    expect(signingTitle(actor(['SECRETARIA_GENERAL'], [held]), undefined)).toEqual({
      authority: held,
    });
    const two = [held, authority({ delegationId: 'd2', kind: 'delegacion_firma' })];
    expect(signingTitle(actor(['GERENCIA'], two), undefined)).toMatchObject(
      refusal('DELEGATION_AMBIGUOUS', /más de una/),
    );
    expect(signingTitle(actor(['GERENCIA'], two), 'd2')).toEqual({ authority: two[1] });
    expect(signingTitle(actor(['GERENCIA'], two), 'd9')).toMatchObject(
      refusal('DELEGATION_NOT_IN_FORCE', /no está a su nombre/),
    );
  });

  it('prints "(e)" for an encargatura and cites the instrument of every delegation', () => {
    const signer = { id: 'u1', fullName: 'Carla Vásquez Soto', post: 'Secretaria General' };
    expect(signatureOf(signer, null)).toMatchObject({
      post: 'Secretaria General',
      mode: 'propia',
      mention: null,
    });
    expect(signatureOf(signer, authority({}))).toMatchObject({
      post: 'Gerente Municipal Metropolitano (e)',
      mode: 'encargatura',
      mention: expect.stringContaining('N° 005-2026-MML'),
    });
    expect(
      signatureOf(
        signer,
        authority({
          kind: 'delegacion_competencia',
          delegatorRole: 'ALCALDE',
          delegatorPost: 'Alcalde Metropolitano',
        }),
      ),
    ).toMatchObject({
      post: 'Secretaria General',
      mode: 'delegacion_competencia',
      delegatorRole: 'ALCALDE',
      mention: 'Por delegación del Alcalde Metropolitano (Resolución de Alcaldía N° 005-2026-MML)',
    });
  });
});

describe('the content a visa approves (D14)', () => {
  const content = {
    subject: 'Aprobar',
    scope: 'particular' as const,
    hasBudgetImpact: false,
    vistos: ['Informe N° 1'],
    considerandos: ['Que, …'],
    articles: ['APROBAR …'],
    addressees: [{ name: 'A', documentId: null, email: null }],
  };

  it('is the same for the same content whatever else the context holds, and changes with any edit', () => {
    const hash = contentHashOf(content);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHashOf({ ...content, ...{ number: 'N° 1' } })).toBe(hash);
    expect(contentHashOf({ ...content, articles: ['APROBAR … (corregido)'] })).not.toBe(hash);
  });
});
