/**
 * Explanations in parts (the `Reason` and `HopReason` types of schema/typedefs/reasons.graphql).
 * Everything that explains an answer builds these; the English strings of the API are rendered
 * from them by english.ts, so the parts and the English cannot say different things. Codes and
 * parameter types come from the SDL (through codegen): a code added there must get its English
 * wording before the server compiles.
 */
import type { ReasonCode, ReasonParamType } from './__generated__/reasons.js';

export type { ReasonCode, ReasonParamType };

export interface ReasonParam {
  readonly name: string;
  readonly type: ReasonParamType;
  values: string[];
}

export interface Reason {
  readonly code: ReasonCode;
  params: ReasonParam[];
}

/** A hop of a path: the sentence (HOP, HOP_MET_AT, HOP_WORKS_ON) and what is known of the tie. */
export interface HopReason extends Reason {
  details: Reason[];
}

/** A parameter's type and values, before it gets its name (see reason()). */
export interface ParamValue {
  readonly type: ReasonParamType;
  values: string[];
}

export const text = (...values: string[]): ParamValue => ({ type: 'TEXT', values });
export const texts = (values: readonly string[]): ParamValue => ({ type: 'TEXT', values: [...values] });
export const num = (value: number): ParamValue => ({ type: 'NUMBER', values: [String(value)] });
export const year = (value: string): ParamValue => ({ type: 'YEAR', values: [value] });
export const country = (...codes: string[]): ParamValue => ({ type: 'COUNTRY', values: codes });
export const nodeKind = (...kinds: string[]): ParamValue => ({ type: 'NODE_KIND', values: kinds });
export const services = (values: readonly string[]): ParamValue => ({ type: 'SERVICE', values: [...values] });
export const tieType = (type: string): ParamValue => ({ type: 'TIE_TYPE', values: [type] });
export const attendanceRole = (role: string): ParamValue => ({ type: 'ATTENDANCE_ROLE', values: [role] });
export const partnershipKind = (kind: string): ParamValue => ({ type: 'PARTNERSHIP_KIND', values: [kind] });
/** A person the viewer may not name: only the answer's placeholder id travels. */
export const maskedName = (placeholderId: string): ParamValue => ({ type: 'MASKED_NAME', values: [placeholderId] });

/** A reason from its code and named parameters (kept in the order given). */
export function reason(code: ReasonCode, params: Record<string, ParamValue> = {}): Reason {
  return { code, params: Object.entries(params).map(([name, p]) => ({ name, type: p.type, values: p.values })) };
}

/** A parameter's values by name (undefined when the reason has none of that name). */
export function paramValues(r: Reason, name: string): readonly string[] | undefined {
  return r.params.find((p) => p.name === name)?.values;
}
