import { workItem } from './workflow-definition.js';

describe('workItem', () => {
  it('names the term by its code, or by code and key, and narrows to a role when given', () => {
    expect(workItem('firmar', 'Firmar la resolución', 'u1', { role: 'GM', term: 'firma' })).toEqual(
      {
        action: 'firmar',
        name: 'Firmar la resolución',
        unitId: 'u1',
        role: 'GM',
        term: { code: 'firma' },
      },
    );
    expect(
      workItem('informar_obligacion', 'Registrar', 'u2', { term: { code: 'due', key: 'k1' } }).term,
    ).toEqual({ code: 'due', key: 'k1' });
  });

  it('leaves out the role and the term it was not given (the tray tells them apart by presence)', () => {
    const item = workItem('publicar', 'Publicar la resolución', null);
    expect(Object.keys(item)).toEqual(['action', 'name', 'unitId']);
  });
});
