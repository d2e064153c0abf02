import type { z } from 'zod';
import { DATE_FIELDS, INTEGER_FIELDS, nodeSchemas, tieSchemas } from '../../seeds/seed-schema.js';
import type { ImportTarget } from './types.js';

/**
 * What each field of a kind or tie type holds, read from the seed schemas (seed-schema.ts) so the
 * import never keeps a second copy of the model; and the conversion of a CSV cell to that type.
 * Pure.
 */

/** `json`: evidence, a JSON array of source records in one cell (docs/import-export.md). */
export type FieldType = 'text' | 'number' | 'integer' | 'boolean' | 'date' | 'enum' | 'json';

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  readonly list: boolean;
  /** The seed schema requires it (neither optional nor defaulted). */
  readonly required: boolean;
  /** For enums (and lists of enums): the allowed values. */
  readonly values?: readonly string[];
}

/** The fields a record of this target may carry, in schema order (without `kind` / `type`). */
export function fieldSpecs(target: ImportTarget): FieldSpec[] {
  const shape: Record<string, z.ZodType> = target.node ? nodeSchemas[target.node].shape : tieSchemas[target.tie].shape;
  const discriminator = target.node ? 'kind' : 'type';
  return Object.entries(shape)
    .filter(([name]) => name !== discriminator)
    .map(([name, schema]) => specOf(name, schema));
}

interface Def {
  type: string;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  entries?: Record<string, string>;
}

function specOf(name: string, schema: z.ZodType): FieldSpec {
  let def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const required = def.type !== 'optional' && def.type !== 'default';
  if (name === 'evidence') return { name, type: 'json', list: false, required };
  while (def.innerType) def = def.innerType._zod.def;
  let list = false;
  if (def.type === 'array' && def.element) {
    list = true;
    def = def.element._zod.def;
    while (def.innerType) def = def.innerType._zod.def;
  }
  const type: FieldType = DATE_FIELDS.has(name)
    ? 'date'
    : INTEGER_FIELDS.has(name)
      ? 'integer'
      : def.type === 'number'
        ? 'number'
        : def.type === 'boolean'
          ? 'boolean'
          : def.type === 'enum'
            ? 'enum'
            : 'text';
  return { name, type, list, required, ...(def.entries ? { values: Object.values(def.entries) } : {}) };
}

/** A cell that could not be converted: the issue code and the reason with its fix. */
export interface CellProblem {
  readonly code: 'BAD_NUMBER' | 'BAD_DATE' | 'BAD_VALUE' | 'BAD_ENUM';
  readonly message: string;
}

export type CellResult =
  | { readonly value: unknown; readonly problem?: undefined }
  | { readonly value?: undefined; readonly problem: CellProblem };

const TRUE = new Set(['true', 'yes', 'y', '1', 'si', 'sì', 'vero', 'oui', 'vrai']);
const FALSE = new Set(['false', 'no', 'n', '0', 'non', 'falso', 'faux']);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A decimal comma is what Italian and French spreadsheets write; thousands separators are refused.
const NUMBER = /^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/;

/**
 * A CSV cell → the value the seed schema expects. An empty cell is `undefined` (no value: an
 * optional field stays empty, a list becomes []); lists are split on `;` (or `|`) and trimmed.
 */
export function convertCell(spec: FieldSpec, cell: string): CellResult {
  // A leading apostrophe before a formula character is how exports keep spreadsheets from running
  // a cell as a formula (io/export/csv.ts): it is not part of the value.
  const text = (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell).trim();
  if (text === '') return { value: undefined };
  if (!spec.list) return convertOne(spec, text);
  const parts = text
    .split(/[;|]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const values: unknown[] = [];
  for (const part of parts) {
    const one = convertOne(spec, part);
    if (one.problem) return one;
    values.push(one.value);
  }
  return { value: values };
}

function convertOne(spec: FieldSpec, text: string): CellResult {
  switch (spec.type) {
    case 'text':
      return { value: text };
    case 'json': {
      try {
        return { value: JSON.parse(text) as unknown };
      } catch {
        return {
          problem: {
            code: 'BAD_VALUE',
            message:
              'expected a JSON array of sources such as [{"title": "…", "url": "https://…", "page": "12"}]; fix the cell',
          },
        };
      }
    }
    case 'integer':
    case 'number': {
      if (!NUMBER.test(text))
        return {
          problem: {
            code: 'BAD_NUMBER',
            message: `got "${text}": expected a number such as 12 or 0.75 (no thousands separators); fix the cell`,
          },
        };
      const value = Number(text.replace(',', '.'));
      if (spec.type === 'integer' && !Number.isInteger(value))
        return { problem: { code: 'BAD_NUMBER', message: `got "${text}": expected a whole number; fix the cell` } };
      return { value };
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return { value: true };
      if (FALSE.has(lower)) return { value: false };
      return {
        problem: {
          code: 'BAD_VALUE',
          message: `got "${text}": expected true or false (yes/no, 1/0 also work); fix the cell`,
        },
      };
    }
    case 'date': {
      const problem = dateProblem(text);
      return problem ? { problem: { code: 'BAD_DATE', message: problem } } : { value: text };
    }
    case 'enum': {
      // Enums are stored UPPER_SNAKE; a sheet may say "Resident" or "job placement".
      const value = text.toUpperCase().replace(/[\s-]+/g, '_');
      if (spec.values && !spec.values.includes(value)) {
        return {
          problem: {
            code: 'BAD_ENUM',
            message: `got "${text}", expected one of ${spec.values.join(', ')}; use one of them`,
          },
        };
      }
      return { value };
    }
  }
}

/** Why a text is not a real calendar date written YYYY-MM-DD, or undefined when it is one. */
export function dateProblem(text: string): string | undefined {
  const m = DATE.exec(text);
  const fix = 'expected a calendar date written YYYY-MM-DD, e.g. 2008-03-15; fix the cell';
  if (!m) return `got "${text}": ${fix}`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return `got "${text}": no such day; ${fix}`;
  return undefined;
}
