import { describe, expect, it } from 'vitest';
import {
  csvField,
  edgesCsv,
  exportRecords,
  nodesCsv,
  toGraphml,
  toJson,
  xmlEscape,
  type ExportRecords,
} from './export.js';
import { createGraph, mergeSubgraph } from './model.js';

const records: ExportRecords = {
  nodes: [
    {
      id: 'assoc-a',
      name: 'Al "Wafa", Torino',
      kind: 'Association',
      country: 'IT',
      city: 'Torino',
      masked: false,
      degree: 3,
    },
    { id: 'funder-b', name: 'Fondation <B> & Co', kind: 'Funder', country: 'MA', city: null, masked: false, degree: 1 },
  ],
  edges: [
    {
      id: 'FUNDS:funder-b:assoc-a',
      type: 'FUNDS',
      from: 'funder-b',
      to: 'assoc-a',
      since: '2007-01-01',
      until: null,
      source: 'report, p. 3',
      confidence: 0.8,
      crossesBorder: true,
    },
  ],
};

describe('CSV', () => {
  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@x,y')).toBe(`"'@x,y"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
  });
  it('writes one row per node and per tie, with names beside the ids', () => {
    const nodes = nodesCsv(records).split('\r\n');
    expect(nodes[0]).toBe('id,name,kind,country,city,masked,degree');
    expect(nodes[1]).toBe('assoc-a,"Al ""Wafa"", Torino",Association,IT,Torino,false,3');
    expect(nodes[2]).toBe('funder-b,Fondation <B> & Co,Funder,MA,,false,1');
    const edges = edgesCsv(records).split('\r\n');
    expect(edges[0]).toBe('id,type,from,from_name,to,to_name,since,until,source,confidence,crosses_border');
    expect(edges[1]).toBe(
      'FUNDS:funder-b:assoc-a,FUNDS,funder-b,Fondation <B> & Co,assoc-a,"Al ""Wafa"", Torino",2007-01-01,,"report, p. 3",0.8,true',
    );
    expect(edges).toHaveLength(3);
  });
});

describe('JSON and GraphML', () => {
  it('round-trips through JSON', () => {
    expect(JSON.parse(toJson(records))).toEqual(records);
  });
  it('writes well-formed GraphML with escaped text and typed keys', () => {
    expect(xmlEscape(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    const xml = toGraphml(records);
    expect(xml).toContain('<key id="n_degree" for="node" attr.name="degree" attr.type="int"/>');
    expect(xml).toContain(
      '<node id="funder-b"><data key="n_name">Fondation &lt;B&gt; &amp; Co</data><data key="n_kind">Funder</data><data key="n_country">MA</data><data key="n_masked">false</data><data key="n_degree">1</data></node>',
    );
    expect(xml).toContain('<edge id="FUNDS:funder-b:assoc-a" source="funder-b" target="assoc-a">');
    expect(xml).not.toContain('key="e_until"');
    expect(xml.match(/<node /g)).toHaveLength(2);
  });
});

describe('exportRecords', () => {
  it('leaves out hidden nodes and their ties', () => {
    const graph = createGraph();
    mergeSubgraph(graph, {
      nodes: records.nodes.map((n) => ({ ...n })),
      edges: records.edges.map((e) => ({ ...e })),
    });
    expect(exportRecords(graph).edges).toHaveLength(1);
    graph.setNodeAttribute('funder-b', 'hidden', true);
    const visible = exportRecords(graph);
    expect(visible.nodes.map((n) => n.id)).toEqual(['assoc-a']);
    expect(visible.edges).toEqual([]);
  });
});
