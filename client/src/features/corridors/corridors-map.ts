/**
 * The corridors map: Italy's 20 regions and Morocco's 12 (2015 division) as SVG paths, each country
 * in its own panel, and each
 * corridor as a curved line from the Italian region of residence to the Moroccan region of origin,
 * as thick as its count. Boundaries are Natural Earth's admin-1 (public domain), dissolved into
 * the 20 + 12 regions by `boundaries/build-boundaries.ts` (which says where they come from and how
 * Morocco's 1997 units make its 2015 regions), matched to Ponte's regions by ISO 3166-2 code
 * (IT-21 Piemonte, MA-09 Souss-Massa), so names always come from Ponte's own data. Pure: no DOM.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { CorridorRow } from './corridors.js';

export interface MapRegion {
  id: string;
  code: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
}

type Geometry = GeoJSON.Polygon | GeoJSON.MultiPolygon;
export type BoundaryCollection = GeoJSON.FeatureCollection<
  GeoJSON.Geometry | null,
  { id?: string; name?: string } | null
>;

export interface MapShape {
  code: string;
  /** Ponte's region at this code, when it has one. */
  region: MapRegion | null;
  country: 'IT' | 'MA';
  path: string;
}

export interface MapArc {
  key: string;
  path: string;
  width: number;
  row: CorridorRow;
}

export interface CorridorsMap {
  width: number;
  height: number;
  shapes: MapShape[];
  arcs: MapArc[];
  /** Codes of Ponte's regions that the boundaries lack (should be none). */
  missing: string[];
}

/**
 * The Italian and Moroccan admin-1 shapes of the boundary files, each with Ponte's region of the
 * same code. Neighbours drawn in the same files (Corsica, Malta, San Marino, the Vatican) are left out.
 */
export function regionShapes(
  boundaries: readonly BoundaryCollection[],
  regions: readonly MapRegion[],
): { features: GeoJSON.Feature<Geometry, { code: string }>[]; byCode: Map<string, MapRegion> } {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const features = boundaries
    .flatMap((b) => b.features)
    .filter(
      (f): f is GeoJSON.Feature<Geometry, { id: string }> =>
        !!f.geometry &&
        /^(IT|MA)-\d+$/.test(f.properties?.id ?? '') &&
        (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
    )
    .map((f) => ({ type: 'Feature' as const, geometry: f.geometry, properties: { code: f.properties.id } }));
  return { features, byCode };
}

/** Stroke width of a corridor: from 1.5 px for the smallest to 12 px for the largest, by square root. */
export function arcWidth(value: number, max: number): number {
  if (max <= 0) return 1.5;
  return +(1.5 + 10.5 * Math.sqrt(Math.max(0, value) / max)).toFixed(2);
}

/**
 * A quadratic curve from a to b bowed to the left of travel by `bend` of its length, so that
 * corridors sharing a region fan out instead of lying on top of each other.
 */
export function curve(a: readonly [number, number], b: readonly [number, number], bend = 0.18): string {
  const [x0, y0] = a;
  const [x1, y1] = b;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const cx = (x0 + x1) / 2 + dy * bend;
  const cy = (y0 + y1) / 2 - dx * bend;
  const r = (n: number) => +n.toFixed(1);
  return `M${r(x0)} ${r(y0)}Q${r(cx)} ${r(cy)} ${r(x1)} ${r(y1)}`;
}

/**
 * Where each country is drawn: true geography would leave the picture mostly sea (Spain and
 * Algeria lie between), so each country gets its own panel, Italy top right and Morocco bottom
 * left as on a map, overlapping a little, each at its own scale. As fractions of width and height.
 */
export const PANELS: Record<'IT' | 'MA', [[number, number], [number, number]]> = {
  IT: [
    [0.38, 0.0],
    [1.0, 0.56],
  ],
  MA: [
    [0.0, 0.4],
    [0.66, 1.0],
  ],
};

/** The whole map fitted into width × height: region shapes, then corridors largest first (drawn below the small ones). */
export function corridorsMap(
  boundaries: readonly BoundaryCollection[],
  regions: readonly MapRegion[],
  rows: readonly CorridorRow[],
  width: number,
  height: number,
): CorridorsMap {
  const { features, byCode } = regionShapes(boundaries, regions);
  const projections = {} as Record<'IT' | 'MA', GeoProjection>;
  for (const country of ['IT', 'MA'] as const) {
    const [[x0, y0], [x1, y1]] = PANELS[country];
    const own: GeoJSON.FeatureCollection<Geometry> = {
      type: 'FeatureCollection',
      features: features.filter((f) => f.properties.code.startsWith(country)),
    };
    projections[country] = geoMercator().fitExtent(
      [
        [x0 * width + 8, y0 * height + 8],
        [x1 * width - 8, y1 * height - 8],
      ],
      own,
    );
  }
  const shapes: MapShape[] = features.map((f) => {
    const country = f.properties.code.startsWith('IT') ? 'IT' : 'MA';
    return {
      code: f.properties.code,
      region: byCode.get(f.properties.code) ?? null,
      country,
      path: geoPath(projections[country])(f) ?? '',
    };
  });
  const codes = new Set(shapes.map((s) => s.code));
  const byId = new Map(regions.map((r) => [r.id, r]));
  const place = (r: MapRegion | undefined) =>
    r && (r.country === 'IT' || r.country === 'MA') ? projections[r.country]([r.lon, r.lat]) : null;
  const max = Math.max(0, ...rows.map((r) => r.migrants));
  const arcs = rows
    .map((row) => {
      const a = place(byId.get(row.italianRegionId));
      const b = place(byId.get(row.moroccanRegionId));
      if (!a || !b) return null;
      return {
        key: `${row.italianRegionId}→${row.moroccanRegionId}`,
        path: curve(a, b),
        width: arcWidth(row.migrants, max),
        row,
      };
    })
    .filter((a): a is MapArc => a !== null)
    .sort((x, y) => y.row.migrants - x.row.migrants);
  return { width, height, shapes, arcs, missing: regions.map((r) => r.code).filter((c) => !codes.has(c)) };
}
