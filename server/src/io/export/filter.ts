import { ErrorCode, PonteError } from '../../errors.js';
import {
  EXPORT_FORMATS,
  NODE_KINDS,
  TIE_TYPES,
  type ExportFilter,
  type ExportFormat,
  type NodeKind,
  type TieType,
} from './model.js';

/**
 * Checks what a caller asked to export (CLI flags or GraphQL arguments) against the fixed lists,
 * before any Cypher is built from it. `where(name)` says how the caller spells an option
 * (`--kinds`, `filter.kinds`), so the message points at what to fix.
 */
export interface RawExportRequest {
  readonly format: string | undefined;
  readonly kinds?: readonly string[] | null | undefined;
  readonly types?: readonly string[] | null | undefined;
  readonly region?: string | null | undefined;
  readonly personalFields?: boolean | null | undefined;
}

export function parseExportRequest(
  raw: RawExportRequest,
  where: (option: 'format' | 'kinds' | 'types' | 'region') => string,
): { format: ExportFormat; filter: ExportFilter } {
  const format = raw.format?.toLowerCase();
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new PonteError(
      ErrorCode.BadUserInput,
      `${where('format')}: expected one of ${EXPORT_FORMATS.join(', ')} (got ${raw.format === undefined ? 'nothing' : `"${raw.format}"`})`,
    );
  }
  const kinds = checkList(raw.kinds, NODE_KINDS, where('kinds'), 'node kind') as NodeKind[] | undefined;
  const types = checkList(raw.types, TIE_TYPES, where('types'), 'relationship type') as TieType[] | undefined;
  const region = raw.region?.trim() || undefined;
  if (raw.region !== undefined && raw.region !== null && !region) {
    throw new PonteError(
      ErrorCode.BadUserInput,
      `${where('region')}: expected a region id such as region-piemonte or an ISO code such as IT-21 (got an empty value)`,
    );
  }
  return {
    format: format as ExportFormat,
    filter: { kinds, types, region, personalFields: raw.personalFields ?? false },
  };
}

function checkList(
  values: readonly string[] | null | undefined,
  allowed: readonly string[],
  where: string,
  what: string,
): string[] | undefined {
  if (values === undefined || values === null) return undefined;
  const unknown = values.filter((v) => !allowed.includes(v));
  if (unknown.length > 0) {
    throw new PonteError(
      ErrorCode.BadUserInput,
      `${where}: unknown ${what} ${unknown.map((u) => `"${u}"`).join(', ')}; expected some of ${allowed.join(', ')}`,
    );
  }
  if (values.length === 0)
    throw new PonteError(ErrorCode.BadUserInput, `${where}: name at least one ${what}, or leave it out for all`);
  return [...new Set(values)];
}
