import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  columnTypeOf,
  csvField,
  loadNodesCypher,
  loadTiesCypher,
  nodeHeader,
  tieHeader,
  writeCsvGraph,
} from './ingest-csv.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function generated(nodes: unknown[], ties: unknown[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ponte-ingest-'));
  dirs.push(dir);
  await writeFile(path.join(dir, 'nodes.ndjson'), nodes.map((n) => JSON.stringify(n)).join('\n') + '\n');
  await writeFile(path.join(dir, 'ties.ndjson'), ties.map((t) => JSON.stringify(t)).join('\n') + '\n');
  await writeFile(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      format: 'ponte-ndjson-1',
      nodes: nodes.length,
      ties: ties.length,
      files: { nodes: 'nodes.ndjson', ties: 'ties.ndjson' },
    }),
  );
  return dir;
}

describe('CSV values for the offline importer and LOAD CSV', () => {
  it('types follow the loaders: dates and whole-number fields by name, lists by their elements', () => {
    expect(columnTypeOf('since', '2008-01-01', 'x')).toBe('date');
    expect(columnTypeOf('education', 6, 'x')).toBe('long');
    expect(columnTypeOf('confidence', 0.7, 'x')).toBe('double');
    expect(columnTypeOf('synthetic', false, 'x')).toBe('boolean');
    expect(columnTypeOf('skills', ['a', 'b'], 'x')).toBe('string[]');
    expect(columnTypeOf('services', [], 'x')).toBeUndefined();
    expect(() => columnTypeOf('odd', { a: 1 }, 'nodes.ndjson, line 3')).toThrow('nodes.ndjson, line 3: property "odd"');
  });

  it('fields are quoted with inner quotes doubled; lists joined with U+001F; absent and empty lists are empty', () => {
    expect(csvField('Say "hi", then go', 'x')).toBe('"Say ""hi"", then go"');
    expect(csvField(['a', 'b;c'], 'x')).toBe('"a\u001fb;c"');
    expect(csvField([], 'x')).toBe('');
    expect(csvField(undefined, 'x')).toBe('');
    expect(csvField(0.5, 'x')).toBe('0.5');
    expect(() => csvField(['a\u001fb'], 'ties.ndjson, line 9')).toThrow('ties.ndjson, line 9');
  });

  it('headers name each column with its type', () => {
    expect(nodeHeader([{ name: 'name', type: 'string' }])).toBe(
      'id:ID,:LABEL,createdAt:datetime,updatedAt:datetime,name:string',
    );
    expect(tieHeader([{ name: 'since', type: 'date' }])).toBe(':START_ID,:END_ID,:TYPE,since:date');
  });
});

describe('writeCsvGraph', () => {
  const nodes = [
    {
      k: 'Migrant',
      id: 'migrant-1',
      p: { name: 'Zineb "Z" A.', skills: ['welding', 'arabic'], education: 6, services: [] },
    },
    { k: 'Association', id: 'assoc-1', p: { name: 'Ponte, Genova', members: 40 } },
    { k: 'Region', id: 'region-1', p: { name: 'Liguria', lat: 44.4 } },
  ];
  const ties = [
    {
      t: 'MEMBER_OF',
      f: 'migrant-1',
      fl: 'Actor',
      to: 'assoc-1',
      tl: 'Actor',
      p: { since: '2008-02-01', confidence: 1 },
    },
    { t: 'BASED_IN', f: 'assoc-1', fl: 'Actor', to: 'region-1', tl: 'Region', p: { source: 'S' } },
  ];

  it('one file per label and per (type, end labels), with typed headers and every row', async () => {
    const dir = await generated(nodes, ties);
    const csv = await writeCsvGraph(dir, path.join(dir, 'csv'), '2026-01-01T00:00:00Z');
    expect(csv.nodes.map((f) => [f.label, f.labels, f.rows])).toEqual([
      ['Migrant', ['Migrant', 'Actor'], 1],
      ['Association', ['Association', 'Actor'], 1],
      ['Region', ['Region'], 1],
    ]);
    expect(csv.multiline).toBe(false);
    const migrants = await readFile(csv.nodes[0]!.file, 'utf8');
    expect(migrants).toBe(
      'id:ID,:LABEL,createdAt:datetime,updatedAt:datetime,name:string,skills:string[],education:long,services:string[]\n' +
        '"migrant-1","Migrant\u001fActor",2026-01-01T00:00:00Z,2026-01-01T00:00:00Z,"Zineb ""Z"" A.","welding\u001farabic",6,\n',
    );
    const member = csv.ties.find((f) => f.type === 'MEMBER_OF')!;
    expect([member.fromLabel, member.toLabel, member.rows]).toEqual(['Actor', 'Actor', 1]);
    expect(await readFile(member.file, 'utf8')).toBe(
      ':START_ID,:END_ID,:TYPE,since:date,confidence:double\n"migrant-1","assoc-1",MEMBER_OF,"2008-02-01",1\n',
    );
  });

  it('LOAD CSV statements do the loaders’ MERGEs on the same files, converting each column back', async () => {
    const dir = await generated(nodes, ties);
    const csv = await writeCsvGraph(dir, path.join(dir, 'csv'), '2026-01-01T00:00:00Z');
    const migrants = loadNodesCypher(csv.nodes[0]!, 500);
    expect(migrants).toContain("LOAD CSV WITH HEADERS FROM 'file:///nodes-Migrant.csv' AS row");
    expect(migrants).toContain('MERGE (n:Migrant {id: row.`id:ID`})');
    expect(migrants).toContain("`skills`: split(row.`skills:string[]`, '\\u001f')");
    expect(migrants).toContain('`education`: toInteger(row.`education:long`)');
    expect(migrants).toContain(', n:Actor');
    expect(migrants).toContain('IN TRANSACTIONS OF 500 ROWS');
    const basedIn = loadTiesCypher(
      csv.ties.find((f) => f.type === 'BASED_IN')!,
      500,
    );
    expect(basedIn).toContain('MATCH (a:Actor {id: row.`:START_ID`})');
    expect(basedIn).toContain('MATCH (b:Region {id: row.`:END_ID`})');
    expect(basedIn).toContain('MERGE (a)-[r:BASED_IN]->(b)');
  });

  it('an id used by two labels is refused, naming the line (the importer has one id space)', async () => {
    const dir = await generated([...nodes, { k: 'Event', id: 'assoc-1', p: { name: 'x' } }], ties);
    await expect(writeCsvGraph(dir, path.join(dir, 'csv'), '2026-01-01T00:00:00Z')).rejects.toThrow(
      /nodes\.ndjson, line 4: id "assoc-1" is used twice/,
    );
  });
});
