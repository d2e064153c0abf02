import { describe, expect, it } from 'vitest';
import { fieldSpecs } from './fields.js';
import { mappingFromPairs, normaliseHeader, parseMappingOption, resolveHeaders } from './mapping.js';

const at = (column: string, columnIndex: number) => ({ row: 1, column, columnIndex });
const resolve = (headers: string[], kind: Parameters<typeof fieldSpecs>[0], map = '') =>
  resolveHeaders(headers, fieldSpecs(kind), parseMappingOption(map).mapping!, at);

describe('header mapping', () => {
  it('folds case, spaces, punctuation and accents', () => {
    expect(normaliseHeader(" Città d'origine ")).toBe('cittadorigine');
    expect(normaliseHeader('Full_Name')).toBe('fullname');
  });

  it('matches field names loosely and the documented aliases', () => {
    const { columns, issues } = resolve(['ID', 'Nome', 'Paese', 'Città', 'Full name', 'Telefono', 'Stato', 'consent'], {
      node: 'Migrant',
    });
    expect(issues).toEqual([]);
    expect(columns.map((c) => c.spec?.name)).toEqual([
      'id',
      'name',
      'country',
      'city',
      'fullName',
      'phone',
      'status',
      'consent',
    ]);
  });

  it('sends "fonte" to a tie\'s source and to a node\'s sources', () => {
    expect(resolve(['fonte'], { tie: 'MEMBER_OF' }).columns[0]!.spec!.name).toBe('source');
    expect(resolve(['fonte'], { node: 'Firm' }).columns[0]!.spec!.name).toBe('sources');
  });

  it('applies --map, including - to skip a column', () => {
    const { columns, issues } = resolve(
      ['Ragione sociale', 'Note interne'],
      { node: 'Firm' },
      'Ragione sociale=name, note interne=-',
    );
    expect(issues).toEqual([]);
    expect(columns.map((c) => c.spec?.name ?? null)).toEqual(['name', null]);
  });

  it('reports an unknown column with its place and the allowed fields', () => {
    const { issues } = resolve(['id', 'name', 'colour'], { node: 'Firm' });
    expect(issues).toEqual([
      {
        code: 'UNKNOWN_COLUMN',
        ...at('colour', 3),
        message:
          'unknown column "colour"; rename it to one of: id, name, altNames, country, city, description, website, tags, services, synthetic, sources, evidence, sector, size, founded, closed; or map it (--map "colour=FIELD", - skips it)',
      },
    ]);
  });

  it('reports two columns filling one field, and a mapping to a field that does not exist', () => {
    expect(resolve(['name', 'Nome'], { node: 'Firm' }).issues[0]).toMatchObject({
      code: 'DUPLICATE_COLUMN',
      column: 'Nome',
      columnIndex: 2,
      field: 'name',
    });
    expect(resolve(['x'], { node: 'Firm' }, 'x=colour').issues[0]).toMatchObject({
      code: 'UNKNOWN_COLUMN',
      message: expect.stringContaining('"colour", which is not a field here'),
    });
  });

  it('refuses a malformed --map', () => {
    expect(parseMappingOption('name').error).toMatch(/is not HEADER=FIELD/);
    expect(mappingFromPairs([{ header: '!!', field: 'name' }]).error).toMatch(/no letters or digits/);
  });
});
