/**
 * Writers for the formats visualisation tools read. Each writes a subgraph piece by piece to a
 * sink, so a large export streams instead of being built in memory as one string.
 */
import type { GraphEdgeModel, GraphNodeModel, SubgraphModel } from '../services/exploration.js';

export type Sink = (chunk: string) => void;

export interface ExportFormat {
  contentType: string;
  extension: string;
  write(graph: SubgraphModel, sink: Sink): void;
}

function nodeAttributes(n: GraphNodeModel) {
  return {
    label: n.label,
    type: n.type,
    kind: n.kind,
    latitude: n.latitude,
    longitude: n.longitude,
    firstDate: n.firstDate,
    lastDate: n.lastDate,
  };
}

function edgeAttributes(e: GraphEdgeModel) {
  return {
    relation: e.relation,
    role: e.role,
    label: e.role ? `${e.relation} (${e.role})` : e.relation,
    claimCount: e.claimIds.length,
    independentSources: e.independentSources,
    claimIds: e.claimIds,
  };
}

/** Writes a JSON array element by element: `[` first, commas between, `]` last. */
function jsonList<T>(sink: Sink, items: T[], render: (item: T) => unknown): void {
  sink('[');
  items.forEach((item, i) => sink((i ? ',\n' : '\n') + JSON.stringify(render(item))));
  sink('\n]');
}

/** Cytoscape.js elements JSON: `{ elements: { nodes: [{ data }], edges: [{ data }] } }`. */
const cytoscape: ExportFormat = {
  contentType: 'application/json',
  extension: 'cyjs.json',
  write(graph, sink) {
    sink('{"elements":{"nodes":');
    jsonList(sink, graph.nodes, (n) => ({ data: { id: n.id, ...nodeAttributes(n) } }));
    sink(',"edges":');
    jsonList(sink, graph.edges, (e) => ({
      data: { id: e.id, source: e.source, target: e.target, ...edgeAttributes(e) },
    }));
    sink(`},"data":{"truncated":${graph.truncated},"omittedNodes":${graph.omittedNodes}}}\n`);
  },
};

/** graphology's serialisation format (sigma.js): a directed multigraph. */
const graphology: ExportFormat = {
  contentType: 'application/json',
  extension: 'graphology.json',
  write(graph, sink) {
    sink(
      `{"attributes":{"truncated":${graph.truncated},"omittedNodes":${graph.omittedNodes}},` +
        '"options":{"type":"directed","multi":true,"allowSelfLoops":false},"nodes":',
    );
    jsonList(sink, graph.nodes, (n) => ({ key: n.id, attributes: nodeAttributes(n) }));
    sink(',"edges":');
    jsonList(sink, graph.edges, (e) => ({
      key: e.id,
      source: e.source,
      target: e.target,
      attributes: { ...edgeAttributes(e), claimIds: e.claimIds.join(' ') },
    }));
    sink('}\n');
  },
};

export function xmlEscape(value: string): string {
  return value.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

interface XmlAttribute {
  id: string;
  title: string;
  type: 'string' | 'double' | 'integer';
  value: (item: never) => string | number | null;
}

const NODE_ATTRIBUTES: XmlAttribute[] = [
  { id: 'type', title: 'type', type: 'string', value: (n: GraphNodeModel) => n.type },
  { id: 'kind', title: 'kind', type: 'string', value: (n: GraphNodeModel) => n.kind },
  { id: 'latitude', title: 'latitude', type: 'double', value: (n: GraphNodeModel) => n.latitude },
  { id: 'longitude', title: 'longitude', type: 'double', value: (n: GraphNodeModel) => n.longitude },
  { id: 'firstDate', title: 'firstDate', type: 'string', value: (n: GraphNodeModel) => n.firstDate },
  { id: 'lastDate', title: 'lastDate', type: 'string', value: (n: GraphNodeModel) => n.lastDate },
];

const EDGE_ATTRIBUTES: XmlAttribute[] = [
  { id: 'relation', title: 'relation', type: 'string', value: (e: GraphEdgeModel) => e.relation },
  { id: 'role', title: 'role', type: 'string', value: (e: GraphEdgeModel) => e.role },
  { id: 'claimCount', title: 'claimCount', type: 'integer', value: (e: GraphEdgeModel) => e.claimIds.length },
  {
    id: 'independentSources',
    title: 'independentSources',
    type: 'integer',
    value: (e: GraphEdgeModel) => e.independentSources,
  },
  {
    id: 'claimIds',
    title: 'claimIds',
    type: 'string',
    value: (e: GraphEdgeModel) => e.claimIds.join(' '),
  },
];

function values<T>(
  attributes: XmlAttribute[],
  item: T,
  render: (id: string, value: string) => string,
): string {
  return attributes
    .map((a) => [a.id, (a.value as (item: T) => string | number | null)(item)] as const)
    .filter(([, v]) => v !== null && v !== '')
    .map(([id, v]) => render(id, xmlEscape(String(v))))
    .join('');
}

/** GEXF 1.3 (Gephi). Parallel edges between two nodes stay separate edges. */
const gexf: ExportFormat = {
  contentType: 'application/gexf+xml',
  extension: 'gexf',
  write(graph, sink) {
    const declare = (attributes: XmlAttribute[]) =>
      attributes
        .map(
          (a) =>
            `<attribute id="${a.id}" title="${a.title}" type="${a.type === 'double' ? 'double' : a.type}"/>`,
        )
        .join('');
    sink(
      '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n' +
        '<meta><creator>claimgraph</creator></meta>\n<graph defaultedgetype="directed" mode="static">\n' +
        `<attributes class="node">${declare(NODE_ATTRIBUTES)}</attributes>\n` +
        `<attributes class="edge">${declare(EDGE_ATTRIBUTES)}</attributes>\n<nodes>\n`,
    );
    for (const n of graph.nodes) {
      sink(
        `<node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}"><attvalues>` +
          values(NODE_ATTRIBUTES, n, (id, v) => `<attvalue for="${id}" value="${v}"/>`) +
          '</attvalues></node>\n',
      );
    }
    sink('</nodes>\n<edges>\n');
    for (const e of graph.edges) {
      sink(
        `<edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" ` +
          `label="${xmlEscape(edgeAttributes(e).label)}" weight="${Math.max(1, e.claimIds.length)}"><attvalues>` +
          values(EDGE_ATTRIBUTES, e, (id, v) => `<attvalue for="${id}" value="${v}"/>`) +
          '</attvalues></edge>\n',
      );
    }
    sink('</edges>\n</graph>\n</gexf>\n');
  },
};

/** GraphML (yEd, NetworkX). */
const graphml: ExportFormat = {
  contentType: 'application/graphml+xml',
  extension: 'graphml',
  write(graph, sink) {
    const keyType = (a: XmlAttribute) => (a.type === 'integer' ? 'int' : a.type);
    const keys = [
      '<key id="label" for="node" attr.name="label" attr.type="string"/>',
      ...NODE_ATTRIBUTES.map(
        (a) => `<key id="${a.id}" for="node" attr.name="${a.title}" attr.type="${keyType(a)}"/>`,
      ),
      '<key id="edgeLabel" for="edge" attr.name="label" attr.type="string"/>',
      ...EDGE_ATTRIBUTES.map(
        (a) => `<key id="${a.id}" for="edge" attr.name="${a.title}" attr.type="${keyType(a)}"/>`,
      ),
    ];
    sink(
      '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
        `${keys.join('\n')}\n<graph id="claimgraph" edgedefault="directed">\n`,
    );
    for (const n of graph.nodes) {
      sink(
        `<node id="${xmlEscape(n.id)}"><data key="label">${xmlEscape(n.label)}</data>` +
          values(NODE_ATTRIBUTES, n, (id, v) => `<data key="${id}">${v}</data>`) +
          '</node>\n',
      );
    }
    for (const e of graph.edges) {
      sink(
        `<edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">` +
          `<data key="edgeLabel">${xmlEscape(edgeAttributes(e).label)}</data>` +
          values(EDGE_ATTRIBUTES, e, (id, v) => `<data key="${id}">${v}</data>`) +
          '</edge>\n',
      );
    }
    sink('</graph>\n</graphml>\n');
  },
};

/** GeoJSON (RFC 7946) points for the places and events that have coordinates: longitude first. */
const geojson: ExportFormat = {
  contentType: 'application/geo+json',
  extension: 'geojson',
  write(graph, sink) {
    sink('{"type":"FeatureCollection","features":');
    jsonList(
      sink,
      graph.nodes.filter((n) => n.latitude !== null && n.longitude !== null),
      (n) => ({
        type: 'Feature',
        id: n.id,
        geometry: { type: 'Point', coordinates: [n.longitude, n.latitude] },
        properties: { id: n.id, ...nodeAttributes(n) },
      }),
    );
    sink('}\n');
  },
};

export const EXPORT_FORMATS = { cytoscape, graphology, gexf, graphml, geojson } as const;
export type ExportFormatName = keyof typeof EXPORT_FORMATS;
