/**
 * Reading and writing URL parameters for the route (`route.ts`) and the view registry
 * (`views.ts`): anything malformed reads as absent, and defaults are written as nothing.
 */
/** The default of `hops` (paths and introductions): left out of URLs. */
export const DEFAULT_HOPS = 4;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A comma-separated list, without blanks or repeats. */
export function list(value: string | null): string[] {
  return value
    ? [
        ...new Set(
          value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ]
    : [];
}
export function text(value: string | null): string | null {
  const v = value?.trim();
  return v ? v : null;
}
export function date(value: string | null): string | null {
  return value && DATE.test(value) ? value : null;
}
export function int(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** Writes one parameter unless it is empty, false or equal to `skip` (its default). */
export type Put = (key: string, value: string | string[] | number | boolean | null, skip?: unknown) => void;

export function makePut(params: [string, string][]): Put {
  return (key, value, skip = null) => {
    if (value === null || value === skip) return;
    if (Array.isArray(value)) {
      if (value.length) params.push([key, value.join(',')]);
    } else if (typeof value === 'boolean') {
      if (value) params.push([key, '1']);
    } else {
      params.push([key, String(value)]);
    }
  };
}
