import { readFileSync, writeFileSync } from 'node:fs';
import { roleMatrixMarkdown } from './role-matrix.js';

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
      .filter((l) => /^\| (Crear|`)/.test(l)))
      expect(line.trim().split('|').at(-2)?.trim()).toBe('—');
  });
});
