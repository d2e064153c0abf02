import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../errors.js';
import { csvField, neutraliseFormula } from '../../../../shared/csv.js';
import { parseExportRequest } from './filter.js';
import { formatGraph } from './index.js';
import type { ExportedGraph } from './model.js';
import { xmlEscape } from '../../../../shared/xml.js';

const graph: ExportedGraph = {
  personalFields: false,
  nodes: [
    {
      kind: 'Migrant',
      id: 'migrant-a',
      props: {
        consent: 'NONE',
        country: 'IT',
        education: 6,
        languages: ['ar', 'it'],
        name: 'Amina A.',
        skills: [],
        status: 'RESIDENT',
        synthetic: true,
      },
    },
    {
      kind: 'Association',
      id: 'assoc-b',
      props: {
        country: 'IT',
        description: 'Says "hello", then\nleaves <fast> & \u0001quietly',
        name: 'B, the association',
        synthetic: false,
        sources: ['https://example.org/b'],
        type: 'CULTURAL',
      },
    },
  ],
  ties: [
    {
      type: 'MEMBER_OF',
      from: 'migrant-a',
      to: 'assoc-b',
      props: { confidence: 0.8, role: 'treasurer', since: '2007-01-01', source: 'minutes', until: '2009-12-31' },
    },
  ],
};

describe('CSV', () => {
  it('quotes by RFC 4180 only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes a file per kind and type with the model header, lists joined with ;, CRLF rows', () => {
    const files = Object.fromEntries(formatGraph(graph, 'csv').map((f) => [f.name, f.content]));
    expect(Object.keys(files)).toEqual(['nodes-Migrant.csv', 'nodes-Association.csv', 'ties-MEMBER_OF.csv']);
    const migrant = files['nodes-Migrant.csv']!.split('\r\n');
    // The model's fields, personal ones left out, empty cells for absent values.
    expect(migrant[0]).toBe(
      'id,altNames,city,consent,country,description,education,evidence,fieldOfStudy,languages,name,occupation,occupationLevel,services,skills,sources,status,synthetic,tags,website',
    );
    expect(migrant[1]).toBe('migrant-a,,,NONE,IT,,6,,,ar;it,Amina A.,,,,,,RESIDENT,true,,');
    expect(files['nodes-Association.csv']!.split('\r\n')[1]).toBe(
      'assoc-b,,,,IT,"Says ""hello"", then\nleaves <fast> & \u0001quietly",,,,"B, the association",,https://example.org/b,false,,CULTURAL,',
    );
    expect(files['ties-MEMBER_OF.csv']).toBe(
      'from,to,confidence,evidence,note,role,since,source,until\r\nmigrant-a,assoc-b,0.8,,,treasurer,2007-01-01,minutes,2009-12-31\r\n',
    );
  });

  it('adds the personal fields only when asked', () => {
    const header = formatGraph({ ...graph, personalFields: true }, 'csv')[0]!.content.split('\r\n')[0];
    expect(header).toMatch(/birthYear.*email.*fullName.*phone/);
  });
});

describe('XML formats', () => {
  it('escape markup and drop characters XML cannot hold', () => {
    expect(xmlEscape(`<a href="x">'&'</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\uFFFD',
    );
  });

  it('GraphML is well-formed with typed keys', () => {
    const xml = formatGraph(graph, 'graphml')[0]!.content;
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<key id="n_education" for="node" attr.name="education" attr.type="int"/>');
    expect(xml).toContain('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(xml).toContain('<edge id="migrant-a--MEMBER_OF--assoc-b" source="migrant-a" target="assoc-b">');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.graphml.graph.node).toHaveLength(2);
  });

  it('GEXF 1.3 times ties with since/until and labels nodes with their names', () => {
    const file = formatGraph(graph, 'gexf')[0]!;
    expect(file.name).toBe('ponte.gexf');
    expect(XMLValidator.validate(file.content)).toBe(true);
    expect(file.content).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(file.content).toContain(
      '<edge id="0" source="migrant-a" target="assoc-b" label="MEMBER_OF" start="2007-01-01" end="2009-12-31">',
    );
    expect(file.content).toContain('<node id="assoc-b" label="B, the association">');
  });

  it('the same graph always gives the same bytes', () => {
    for (const format of ['json', 'csv', 'graphml', 'gexf'] as const)
      expect(formatGraph(graph, format)).toEqual(formatGraph(structuredClone(graph), format));
  });
});

describe('parseExportRequest', () => {
  const where = (option: string) => `--${option}`;
  it('accepts formats in any case and known kinds and types', () => {
    expect(
      parseExportRequest({ format: 'GEXF', kinds: ['Event', 'Event'], types: ['ATTENDED'], region: ' IT-21 ' }, where),
    ).toEqual({
      format: 'gexf',
      filter: { kinds: ['Event'], types: ['ATTENDED'], region: 'IT-21', personalFields: false },
    });
  });

  it('names the option and the allowed values', () => {
    expect(() => parseExportRequest({ format: 'pdf' }, where)).toThrow(
      /--format: expected one of json, csv, graphml, gexf \(got "pdf"\)/,
    );
    expect(() => parseExportRequest({ format: 'csv', kinds: ['Person'] }, where)).toThrow(
      /--kinds: unknown node kind "Person"; expected some of Migrant/,
    );
    expect(() => parseExportRequest({ format: 'csv', types: ['KNOWS'] }, where)).toThrow(
      expect.objectContaining({ code: ErrorCode.BadUserInput }),
    );
    expect(() => parseExportRequest({ format: 'csv', region: '  ' }, where)).toThrow(/--region: expected a region id/);
  });
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  it('get a leading apostrophe; other text is left alone', () => {
    expect(
      ['=HYPERLINK("x")', '+39 011', '-x', '@SUM(A1)', '\tx', 'Torino', "l'Aquila", ''].map(neutraliseFormula),
    ).toEqual([`'=HYPERLINK("x")`, "'+39 011", "'-x", "'@SUM(A1)", "'\tx", 'Torino', "l'Aquila", '']);
  });
});

describe('network metrics in exports', () => {
  const metrics = new Map([
    ['assoc-b', { degree: 2, weightedDegree: 1.5, pageRank: 0.25, betweenness: 0.125, community: 'assoc-b' }],
  ]);
  const withMetrics: ExportedGraph = { ...graph, metrics };
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

  it('GraphML and GEXF carry them as typed node attributes of the nodes that have them', () => {
    const [graphml] = formatGraph(withMetrics, 'graphml');
    expect(XMLValidator.validate(graphml!.content)).toBe(true);
    expect(graphml!.content).toContain('<key id="m_pageRank" for="node" attr.name="pageRank" attr.type="double"/>');
    expect(graphml!.content).toContain('<key id="m_degree" for="node" attr.name="degree" attr.type="int"/>');
    expect(graphml!.content).toContain('<data key="m_pageRank">0.25</data>');
    expect(graphml!.content.match(/key="m_community"/g)).toHaveLength(1);
    const [gexf] = formatGraph(withMetrics, 'gexf');
    expect(XMLValidator.validate(gexf!.content)).toBe(true);
    const doc = parser.parse(gexf!.content) as {
      gexf: {
        graph: {
          nodes: { node: Array<{ id: string; attvalues: { attvalue: Array<{ for: string; value: string }> } }> };
        };
      };
    };
    const b = doc.gexf.graph.nodes.node.find((n) => n.id === 'assoc-b')!;
    expect(b.attvalues.attvalue.find((a) => a.for === 'm_betweenness')!.value).toBe('0.125');
    expect(gexf!.content).toContain('<attribute id="m_community" title="community" type="string"/>');
  });

  it('CSV writes them in metrics.csv, leaving the node files as the import reads them', () => {
    const files = formatGraph(withMetrics, 'csv');
    const plain = formatGraph(graph, 'csv');
    expect(files.filter((f) => f.name !== 'metrics.csv')).toEqual(plain);
    expect(files.find((f) => f.name === 'metrics.csv')!.content).toBe(
      'id,kind,degree,weightedDegree,pageRank,betweenness,community\r\nassoc-b,Association,2,1.5,0.25,0.125,assoc-b\r\n',
    );
    expect(formatGraph(graph, 'graphml')[0]!.content).not.toContain('m_pageRank');
  });
});
