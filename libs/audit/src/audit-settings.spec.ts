import { onThisHost } from './audit-settings.js';

describe('onThisHost (whether a walk may lower its backend priority)', () => {
  it.each([
    'postgres://despacho:secreto@127.0.0.1:5432/despacho',
    'postgresql://despacho@localhost/despacho',
    'postgres://despacho@[::1]:5432/despacho',
    'postgres://despacho@/despacho?host=/var/run/postgresql',
  ])('%s is this host', (url) => {
    expect(onThisHost(url)).toBe(true);
  });

  it.each([
    'postgres://despacho:secreto@db.municipalidad.gob.pe:5432/despacho',
    'postgres://despacho@10.0.0.5/despacho',
    'no es una URL',
  ])('%s is not', (url) => {
    expect(onThisHost(url)).toBe(false);
  });
});
