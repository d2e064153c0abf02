/** The Markdown page of an API benchmark record: one table per role (docs/benchmarks.md#honest-baselines). */
import type { ApiRecord, ApiRow } from './record.js';

type Side = NonNullable<ApiRow['api']>;

const ms = (n: number | null | undefined) => (n == null ? '–' : n.toFixed(1));
const x = (n: number | null | undefined) => (n == null ? '–' : n.toFixed(2));

/** "12 dnf" when calls did not finish within the cap, "3 err" when they failed; empty otherwise. */
function incidents(side: Side | null): string {
  if (!side) return '';
  return [side.didNotFinish ? `${side.didNotFinish} dnf` : '', side.errors ? `${side.errors} err` : '']
    .filter(Boolean)
    .join(' ');
}

function line(r: ApiRow): string {
  const name = r.cached ? `${r.operation} — **cached** answer` : r.operation;
  if (r.status === 'refused' || r.status === 'failed' || (r.status === 'did not finish' && !r.api))
    return `| ${name} | ${r.status}: ${(r.note ?? '').replace(/\|/g, '/').slice(0, 120)} ||||||||||||`;
  const flags = (['api', 'sameWork', 'floor'] as const)
    .map((s) => (incidents(r[s]) ? `${s}: ${incidents(r[s])}` : ''))
    .filter(Boolean)
    .join('; ');
  const perCall = r.perCall ? `${r.perCall.transactions} / ${r.perCall.statements}` : '–';
  return `| ${name} | ${ms(r.api?.p50)} | ${ms(r.api?.p95)} | ${ms(r.api?.p99)} | ${ms(r.api?.throughput)} | ${ms(r.sameWork?.p50)} | ${ms(r.sameWork?.p95)} | ${ms(r.sameWork?.throughput)} | **${x(r.ratios.apiOverSameWorkP50)}** | ${x(r.ratios.apiOverSameWorkP95)} | ${ms(r.floor?.p50)} | ${x(r.ratios.apiOverFloorP50)} | ${perCall} | ${flags || '–'} | ${r.loadAverage} |`;
}

export function renderApiTables(record: Pick<ApiRecord, 'rows'>): string {
  const roles = [...new Set(record.rows.map((r) => r.role))];
  return roles
    .map((role) =>
      [
        `### As ${role}`,
        '',
        '| operation | API p50 ms | p95 | p99 | API ops/s | sameWork p50 ms | p95 | sameWork ops/s | API/sameWork p50 | p95 | floor p50 ms | API/floor p50 | tx / statements per call | did not finish, errors | load avg |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|',
        ...record.rows.filter((r) => r.role === role).map(line),
      ].join('\n'),
    )
    .join('\n\n');
}
