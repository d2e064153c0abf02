import type { FieldSpec } from './fields.js';
import type { ImportIssue } from './types.js';
import { compactFold } from '../../text/fold.js';

/**
 * Which Ponte field each column of a file (or property of a JSON record) fills. Headers match
 * fields case-, space-, punctuation- and accent-insensitively ("Full name" → fullName, "Città" →
 * city), documented Italian and French aliases cover the usual sheet headings ("nome"/"nom" →
 * name), and `--map "Header=field,…"` (the API's `mapping`) says the rest; `Header=-` skips a
 * column. Pure.
 */

/** Lower-case, accents, spaces and punctuation removed: "Città d'origine" → "cittadorigine". */
export function normaliseHeader(header: string): string {
  return compactFold(header);
}

/**
 * Aliases → candidate fields, first existing one wins (so "fonte" is a tie's `source` and a node's
 * `sources`). Keys are normalised headers. Documented in docs/import-export.md.
 */
export const HEADER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  nome: ['name'],
  nom: ['name'],
  denominazione: ['name'],
  ragionesociale: ['name'],
  raisonsociale: ['name'],
  identificativo: ['id'],
  identifiant: ['id'],
  paese: ['country'],
  pays: ['country'],
  nazione: ['country'],
  citta: ['city'],
  ville: ['city'],
  comune: ['city'],
  descrizione: ['description'],
  sitoweb: ['website'],
  siteweb: ['website'],
  sitointernet: ['website'],
  web: ['website'],
  url: ['website'],
  etichette: ['tags'],
  servizi: ['services'],
  fonte: ['source', 'sources'],
  fonti: ['sources', 'source'],
  source: ['source', 'sources'],
  sources: ['sources', 'source'],
  nomecompleto: ['fullName'],
  nomcomplet: ['fullName'],
  telefono: ['phone'],
  telephone: ['phone'],
  tel: ['phone'],
  annodinascita: ['birthYear'],
  anneedenaissance: ['birthYear'],
  competenze: ['skills'],
  competences: ['skills'],
  lingue: ['languages'],
  langues: ['languages'],
  stato: ['status'],
  statut: ['status'],
  consenso: ['consent'],
  consentement: ['consent'],
  tipo: ['type'],
  settore: ['sector'],
  secteur: ['sector'],
  dal: ['since'],
  depuis: ['since'],
  al: ['until'],
  finoa: ['until'],
  jusqua: ['until'],
  fiducia: ['confidence'],
  confiance: ['confidence'],
  nota: ['note'],
  da: ['from'],
  de: ['from'],
  a: ['to'],
  ruolo: ['role'],
  livello: ['level'],
  niveau: ['level'],
};

/** A user mapping: normalised header → field name, or null to skip the column. */
export type UserMapping = ReadonlyMap<string, string | null>;

/** `--map "Ragione sociale=name,Note interne=-"` → a UserMapping, or an error message. */
export function parseMappingOption(
  option: string,
): { mapping: UserMapping; error?: undefined } | { mapping?: undefined; error: string } {
  const entries: [string, string | null][] = [];
  for (const part of option.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.lastIndexOf('=');
    if (eq <= 0 || eq === part.length - 1)
      return {
        error: `--map: "${part.trim()}" is not HEADER=FIELD; write e.g. --map "Ragione sociale=name,Note=-" (- skips a column)`,
      };
    entries.push([part.slice(0, eq).trim(), part.slice(eq + 1).trim()]);
  }
  return mappingFromPairs(entries.map(([header, field]) => ({ header, field })));
}

/** The API's `mapping: [{header, field}]` → a UserMapping. */
export function mappingFromPairs(
  pairs: readonly { header: string; field: string | null }[],
): { mapping: UserMapping; error?: undefined } | { mapping?: undefined; error: string } {
  const mapping = new Map<string, string | null>();
  for (const { header, field } of pairs) {
    const key = normaliseHeader(header);
    if (key === '')
      return { error: `mapping: header "${header}" has no letters or digits; give the column's heading as written` };
    mapping.set(key, field === null || field === '-' || field === '' ? null : field);
  }
  return { mapping };
}

export interface ResolvedColumn {
  /** The heading as written in the file. */
  readonly header: string;
  /** 1-based position (A = 1). */
  readonly index: number;
  /** The field it fills; null when the mapping skips it. */
  readonly spec: FieldSpec | null;
}

/**
 * Resolves every heading to a field. Problems (an unknown heading, two headings for one field, a
 * mapping to a field the kind does not have) are issues on row 1 naming the column.
 */
export function resolveHeaders(
  headers: readonly string[],
  specs: readonly FieldSpec[],
  userMapping: UserMapping,
  where: (
    header: string,
    index: number,
  ) => { row?: number; record?: number; section?: 'nodes' | 'ties'; column: string; columnIndex?: number },
): { columns: ResolvedColumn[]; issues: ImportIssue[] } {
  const byNormal = new Map(specs.map((s) => [normaliseHeader(s.name), s]));
  const byName = new Map(specs.map((s) => [s.name, s]));
  const allowed = specs.map((s) => s.name).join(', ');
  const issues: ImportIssue[] = [];
  const columns: ResolvedColumn[] = [];
  const taken = new Map<string, ResolvedColumn>();
  headers.forEach((header, i) => {
    const index = i + 1;
    const key = normaliseHeader(header);
    const at = where(header, index);
    let spec: FieldSpec | null | undefined;
    if (userMapping.has(key)) {
      const target = userMapping.get(key)!;
      spec = target === null ? null : byName.get(target);
      if (spec === undefined) {
        issues.push({
          code: 'UNKNOWN_COLUMN',
          ...at,
          message: `the mapping sends "${header}" to "${target}", which is not a field here; map it to one of: ${allowed} (or - to skip it)`,
        });
        return;
      }
    } else if (key === '') {
      issues.push({
        code: 'UNKNOWN_COLUMN',
        ...at,
        message: 'the column has no heading; name it after a field or delete the column',
      });
      return;
    } else {
      spec = byNormal.get(key) ?? HEADER_ALIASES[key]?.map((f) => byName.get(f)).find((s) => s !== undefined);
      if (!spec) {
        issues.push({
          code: 'UNKNOWN_COLUMN',
          ...at,
          message: `unknown column "${header}"; rename it to one of: ${allowed}; or map it (--map "${header}=FIELD", - skips it)`,
        });
        return;
      }
    }
    const column: ResolvedColumn = { header, index, spec };
    if (spec) {
      const first = taken.get(spec.name);
      if (first) {
        issues.push({
          code: 'DUPLICATE_COLUMN',
          ...at,
          field: spec.name,
          message: `"${header}" and column ${first.index} ("${first.header}") both fill ${spec.name}; delete or remap one of them`,
        });
        return;
      }
      taken.set(spec.name, column);
    }
    columns.push(column);
  });
  return { columns, issues };
}
