import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { sampleCreateConvenio } from '#convenios/testing';
import { completeConvenioEvent, contentProblems, newConvenioContext } from './convenio-request.js';
import { CreateConvenioDto, FreeExitDto } from './convenio.dto.js';
import { DEFAULT_CONVENIOS_PROFILE } from './convenios.profile.js';

/** Each offending field (dotted path) and its messages, as the API's problem+json lists them. */
function fields(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  return Object.assign(
    {},
    ...errors.map((e) => {
      const field = `${prefix}${e.property}`;
      return {
        ...(e.constraints ? { [field]: Object.values(e.constraints) } : {}),
        ...fields(e.children ?? [], `${field}.`),
      };
    }),
  );
}

const check = async (body: Record<string, unknown>) =>
  fields(
    await validate(plainToInstance(CreateConvenioDto, body), {
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
    }),
  );

const body = (over: Record<string, unknown> = {}) => ({ ...sampleCreateConvenio(), ...over });

describe('CreateConvenioDto: what the requesting unit drafts, and the field errors it gets (400)', () => {
  it('accepts the sample, with a term in months or an end date', async () => {
    expect(await check(body())).toEqual({});
    expect(await check(body({ termMonths: undefined, endDate: '2028-01-14' }))).toEqual({});
    // The start may be left to the signature.
    expect(await check(body({ startDate: undefined }))).toEqual({});
  });

  it('RUC: a wrong check digit names the field (SUNAT módulo 11)', async () => {
    const errors = await check(body({ counterpart: { name: 'UNI', ruc: '20169004358' } }));
    expect(errors).toEqual({
      'counterpart.ruc': [
        'no es un RUC válido: el dígito verificador no corresponde (módulo 11 de SUNAT)',
      ],
    });
  });

  it.each([
    ['2016900435', 'debe tener 11 dígitos'],
    ['2016900435X', 'debe tener 11 dígitos'],
    ['30169004359', 'debe empezar por 10, 15, 16, 17 o 20'],
  ])('RUC %j: %s', async (ruc, message) => {
    expect(await check(body({ counterpart: { name: 'UNI', ruc } }))).toEqual({
      'counterpart.ruc': [message],
    });
  });

  it('an end date before (or on) the start is a field error', async () => {
    const before = { startDate: '2027-01-15', endDate: '2027-01-14', termMonths: undefined };
    expect(await check(body(before))).toEqual({
      endDate: ['debe ser posterior a la fecha de inicio (startDate)'],
    });
    expect(await check(body({ ...before, endDate: '2027-01-15' }))).toEqual({
      endDate: ['debe ser posterior a la fecha de inicio (startDate)'],
    });
  });

  it('an end date or a term in months, exactly one', async () => {
    expect(await check(body({ termMonths: undefined }))).toEqual({
      endDate: ['indique la fecha de término (endDate) o el plazo en meses (termMonths)'],
    });
    expect(await check(body({ endDate: '2029-01-14' }))).toEqual({
      endDate: ['indique la fecha de término (endDate) o el plazo en meses (termMonths), no ambos'],
    });
    expect(await check(body({ endDate: '2029-02-30', termMonths: undefined }))).toEqual({
      endDate: ['debe ser una fecha válida AAAA-MM-DD entre 1990 y 2100'],
    });
    expect(Object.keys(await check(body({ termMonths: 0 })))).toEqual(['termMonths']);
  });

  it.each([
    ['-100.00', 'no puede ser negativo'],
    [
      'cien soles',
      'debe ser un monto en soles con punto decimal y sin separadores de miles, p. ej. 150000.50',
    ],
    [
      '1,500.00',
      'debe ser un monto en soles con punto decimal y sin separadores de miles, p. ej. 150000.50',
    ],
    ['150000.505', 'admite como máximo 2 decimales (céntimos)'],
    ['0.00', 'debe ser mayor que cero'],
  ])('amount %j: %s', async (amount, message) => {
    expect(await check(body({ hasFinancialObligations: true, amount }))).toEqual({
      amount: [message],
    });
  });

  it('amount: a number is not accepted (it is a decimal text), it is required with financial obligations, and only then', async () => {
    expect(await check(body({ hasFinancialObligations: true, amount: 150000.5 }))).toEqual({
      amount: ['debe ser un texto con el monto en soles, p. ej. "150000.50"'],
    });
    expect(await check(body({ hasFinancialObligations: true }))).toMatchObject({
      amount: expect.arrayContaining([
        'es obligatorio cuando el convenio tiene obligaciones financieras',
      ]),
    });
    expect(await check(body({ hasFinancialObligations: false, amount: '10.00' }))).toEqual({
      amount: ['solo se indica cuando el convenio tiene obligaciones financieras'],
    });
  });

  it('the amount is kept in céntimos (integer), never as a float', () => {
    const context = newConvenioContext(
      plainToInstance(
        CreateConvenioDto,
        body({ hasFinancialObligations: true, amount: '150000.5' }),
      ),
      'u-requesting',
      { budgetUnitId: 'b', legalUnitId: 'l', managementUnitId: 'g', mayorUnitId: 'a' },
      DEFAULT_CONVENIOS_PROFILE,
    );
    expect(context.amountCents).toBe(15_000_050);
    expect(context.requestingUnitId).toBe('u-requesting');
    expect(context.legalChecklist.map((i) => i.code)).toContain('libre_adhesion_separacion');
  });

  it('coordinators of each party, with name, post and a valid e-mail', async () => {
    const coordinators = {
      municipality: { name: 'Rosa Huamán', post: 'Subgerente', email: 'no-es-correo' },
    };
    expect(await check(body({ coordinators }))).toEqual({
      // The API words class-validator's own constraints in Spanish (validation.pipe.ts).
      'coordinators.municipality.email': expect.any(Array),
      'coordinators.counterpart': expect.any(Array),
    });
  });

  it('obligations: a one-off one has its date, a periodic one its months, not the other way round', async () => {
    const obligation = { party: 'contraparte', description: 'Informe de avance' };
    expect(await check(body({ obligations: [{ ...obligation, kind: 'unica' }] }))).toMatchObject({
      'obligations.0.dueOn': expect.any(Array),
    });
    expect(
      await check(body({ obligations: [{ ...obligation, kind: 'periodica' }] })),
    ).toMatchObject({
      'obligations.0.everyMonths': expect.any(Array),
    });
    expect(
      await check(
        body({
          obligations: [{ ...obligation, kind: 'periodica', everyMonths: 3, dueOn: '2027-06-30' }],
        }),
      ),
    ).toEqual({
      'obligations.0.dueOn': [
        'solo se indica para una obligación única; la periódica usa everyMonths',
      ],
    });
    expect(
      await check(body({ obligations: [{ ...obligation, kind: 'anual', party: 'tercero' }] })),
    ).toMatchObject({
      'obligations.0.kind': expect.any(Array),
      'obligations.0.party': expect.any(Array),
    });
  });

  it('the convenio type is one of marco, especifico or cooperacion_interinstitucional', async () => {
    expect(await check(body({ convenioType: 'gestion' }))).toMatchObject({
      convenioType: expect.any(Array),
    });
  });

  it('the same rules across fields hold for an edited draft (contentProblems)', () => {
    const context = newConvenioContext(
      plainToInstance(CreateConvenioDto, body()),
      'u',
      { budgetUnitId: null, legalUnitId: 'l', managementUnitId: 'g', mayorUnitId: 'a' },
      DEFAULT_CONVENIOS_PROFILE,
    );
    expect(contentProblems({ ...context, endDate: '2027-01-01', termMonths: null })).toEqual([
      { field: 'endDate', messages: ['debe ser posterior a la fecha de inicio (startDate)'] },
    ]);
    expect(contentProblems({ ...context, hasFinancialObligations: true })).toEqual([
      {
        field: 'amount',
        messages: ['es obligatorio cuando el convenio tiene obligaciones financieras'],
      },
    ]);
  });
});

describe('FreeExitDto', () => {
  it('needs the party, the letter and the day it was served', async () => {
    const errors = fields(await validate(plainToInstance(FreeExitDto, { party: 'tercero' })));
    expect(Object.keys(errors).sort()).toEqual(['instrument', 'noticeOn', 'party']);
  });
});

describe('EDIT, completed: the amount in céntimos and the content checked as a whole', () => {
  const unit = { userId: 'p-1', name: 'x', municipalityId: 'm', unitId: 'u-requesting', roles: [] };
  const draft = newConvenioContext(
    plainToInstance(CreateConvenioDto, body()),
    'u-requesting',
    { budgetUnitId: 'b', legalUnitId: 'l', managementUnitId: 'g', mayorUnitId: 'a' },
    DEFAULT_CONVENIOS_PROFILE,
  );
  const complete = (request: Record<string, unknown>) =>
    completeConvenioEvent(
      { type: 'EDIT', ...request },
      { state: 'draft', context: draft },
      unit,
      new Date('2027-01-10T15:00:00Z'),
    );

  it('turns the amount into céntimos and drops the text', () => {
    const event = complete({ hasFinancialObligations: true, amount: '2500.75' });
    expect(event).toMatchObject({
      hasFinancialObligations: true,
      amountCents: 250_075,
      userId: 'p-1',
    });
    expect(event).not.toHaveProperty('amount');
  });

  it('refuses an edit that leaves the content inconsistent (400 with the field)', () => {
    expect(() => complete({ hasFinancialObligations: true })).toThrow(
      expect.objectContaining({
        extras: { errors: [expect.objectContaining({ field: 'amount' })] },
      }),
    );
    expect(() => complete({ endDate: '2026-12-31', termMonths: null })).toThrow(
      expect.objectContaining({
        extras: { errors: [expect.objectContaining({ field: 'endDate' })] },
      }),
    );
    expect(() => complete({})).toThrow(
      expect.objectContaining({ extras: { errors: [expect.objectContaining({ field: 'EDIT' })] } }),
    );
  });

  it('without financial obligations any more, the amount goes with them', () => {
    const withMoney = { ...draft, hasFinancialObligations: true, amountCents: 100 };
    const event = completeConvenioEvent(
      { type: 'EDIT', hasFinancialObligations: false },
      { state: 'draft', context: withMoney },
      unit,
      new Date('2027-01-10T15:00:00Z'),
    );
    expect(event).toMatchObject({ hasFinancialObligations: false, amountCents: null });
  });
});
