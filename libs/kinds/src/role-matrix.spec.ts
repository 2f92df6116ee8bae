import { readFileSync, writeFileSync } from 'node:fs';
import { Role } from '#org';
import {
  ADMINISTRATION,
  administrationAllows,
  ROLE_MATRIX_POSTS,
  roleMatrix,
  roleMatrixMarkdown,
} from './role-matrix.js';

const DOC = new URL('../../../docs/roles.md', import.meta.url);
const START = '<!-- matriz:inicio -->';
const END = '<!-- matriz:fin -->';

describe('docs/roles.md: the role × operation matrix is the one the policies give', () => {
  it('matches what the kinds and the kernel allow (UPDATE_DOCS=1 rewrites it)', () => {
    const doc = readFileSync(DOC, 'utf8');
    const [before, rest] = doc.split(START);
    const after = rest?.split(END)[1];
    if (before === undefined || after === undefined) throw new Error('faltan los marcadores');
    const expected = `${before}${START}\n${roleMatrixMarkdown()}\n${END}${after}`;
    if (process.env['UPDATE_DOCS'] === '1') writeFileSync(DOC, expected);
    expect(doc).toBe(expected);
  });

  it('ADMIN may do nothing, in any kind', () => {
    for (const line of roleMatrixMarkdown()
      .split('\n')
      .filter((l) => /^\| (Crear|Adjuntar|`)/.test(l)))
      expect(line.trim().split('|').at(-2)?.trim()).toBe('—');
    for (const table of roleMatrix())
      for (const row of table.rows) expect(row.allowed.admin).toBe(false);
  });

  it('has one column per role, and someone who may do each operation', () => {
    const roles = new Set(ROLE_MATRIX_POSTS.map((p) => p.role));
    expect([...roles].sort()).toEqual(Object.values(Role).sort());
    for (const table of roleMatrix())
      for (const row of table.rows) {
        expect(Object.keys(row.allowed).sort()).toEqual(ROLE_MATRIX_POSTS.map((p) => p.key).sort());
        expect(Object.values(row.allowed)).toContain(true);
        expect(row.cases.length).toBeGreaterThan(0);
      }
    for (const row of ADMINISTRATION)
      expect(ROLE_MATRIX_POSTS.some((p) => administrationAllows(row, p))).toBe(true);
  });
});
