/**
 * Exports of the Banias neighbourhood in every format, each read back by the real parser of the
 * tool it is for, with the same node and edge counts as the GraphQL answer.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataOf, loadSample, startTestService, type TestService } from '../helpers/service.js';
import { listenHttp, type RunningApp } from '../helpers/http.js';
import { EXPORT_FORMATS } from '../../src/export/formats.js';
import { selectionSchema } from '../../src/export/selection.js';

let service: TestService;
let base: string;
let http: RunningApp;
let expected: {
  nodes: { id: string; latitude: number | null }[];
  edges: { id: string; claimCount: number }[];
};

const SELECTION = 'ids=place:banias&depth=2';

beforeAll(async () => {
  service = await startTestService();
  await loadSample(service.db);
  http = await listenHttp(service.db);
  base = http.base;
  const answer = dataOf(
    await service.query<{ neighbourhood: typeof expected }>(
      `{ neighbourhood(ids: ["place:banias"], depth: 2) { nodes { id latitude } edges { id claimCount } } }`,
    ),
  );
  expected = answer.neighbourhood;
});

afterAll(async () => {
  await http.close();
  await service.close();
});

async function download(
  format: string,
  query = SELECTION,
): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(`${base}/export/${format}?${query}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
}

describe('exports of the Banias neighbourhood', () => {
  it('is a real subgraph: many nodes, claim-backed edges', () => {
    expect(expected.nodes.length).toBeGreaterThan(10);
    expect(expected.edges.filter((e) => e.claimCount > 0).length).toBeGreaterThan(10);
  });

  it('loads as Cytoscape.js elements', async () => {
    const { status, body } = await download('cytoscape');
    expect(status).toBe(200);
    const cy = cytoscape({ headless: true, elements: JSON.parse(body).elements });
    expect(cy.nodes().length).toBe(expected.nodes.length);
    expect(cy.edges().length).toBe(expected.edges.length);
    const edge = cy.getElementById('OCCURRED_IN|event:coastal-civilian-killings|place:banias');
    expect(edge.data('claimCount')).toBe(3);
    expect(edge.data('claimIds')).toContain('claim:sohr-civilian-killings-in-banias');
  });

  it('loads as a graphology graph (sigma.js)', async () => {
    const { body } = await download('graphology');
    const graph = MultiDirectedGraph.from(JSON.parse(body));
    expect(graph.order).toBe(expected.nodes.length);
    expect(graph.size).toBe(expected.edges.length);
    expect(graph.getNodeAttribute('place:banias', 'label')).toBe('Banias');
  });

  it('loads in the GEXF 1.3 parser (Gephi), parallel edges kept', async () => {
    const { type, body } = await download('gexf');
    expect(type).toContain('application/gexf+xml');
    const graph = gexf.parse(MultiDirectedGraph, body);
    expect(graph.order).toBe(expected.nodes.length);
    expect(graph.size).toBe(expected.edges.length);
    // Fares is both a victim and a witness of one raid: two edges between the same two nodes.
    const parallel = expected.edges.filter((e) =>
      e.id.startsWith('PARTICIPATED_IN|actor:ayman-fares|event:qusour-raids'),
    );
    expect(parallel.length).toBeGreaterThanOrEqual(2);
    expect(graph.edges('actor:ayman-fares', 'event:qusour-raids').length).toBe(parallel.length);
    expect(graph.getNodeAttribute('place:banias', 'latitude')).toBeCloseTo(35.1825);
  });

  it('loads in the GraphML parser (yEd, NetworkX)', async () => {
    const { body } = await download('graphml');
    const graph = graphml.parse(MultiDirectedGraph, body);
    expect(graph.order).toBe(expected.nodes.length);
    expect(graph.size).toBe(expected.edges.length);
    expect(graph.getNodeAttribute('place:banias', 'label')).toBe('Banias');
  });

  it('is valid RFC 7946 GeoJSON with longitude first', async () => {
    const { type, body } = await download('geojson');
    expect(type).toContain('application/geo+json');
    const collection = checkGeoJson(body) as {
      type: string;
      features: { id: string; geometry: { coordinates: number[] } }[];
    };
    expect(collection.features.length).toBe(expected.nodes.filter((n) => n.latitude !== null).length);
    const banias = collection.features.find((f) => f.id === 'place:banias');
    expect(banias?.geometry.coordinates).toEqual([35.9406, 35.1825]);
  });

  it('answers a bad selection with 400 and the field that is wrong', async () => {
    const badFormat = await download('pdf');
    expect(badFormat.status).toBe(400);
    expect(JSON.parse(badFormat.body).errors[0].extensions.issues[0].path).toBe('format');
    const badDepth = await download('gexf', 'ids=place:banias&depth=9');
    expect(JSON.parse(badDepth.body).errors[0].extensions.issues[0].path).toBe('depth');
    const unknown = await download('gexf', 'ids=place:atlantis');
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body).errors[0].extensions.issues[0].message).toContain('place:atlantis');
  });

  it('writes the same export from the command line', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'claimgraph-export-')), 'banias.gexf');
    const settings = inject('neo4j');
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/export.ts',
        '--format',
        'gexf',
        '--ids',
        'place:banias',
        '--depth',
        '2',
        '--out',
        out,
      ],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          NEO4J_URI: settings.uri,
          NEO4J_USER: settings.user,
          NEO4J_PASSWORD: settings.password,
        },
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const graph = gexf.parse(MultiDirectedGraph, readFileSync(out, 'utf8'));
    expect(graph.order).toBe(expected.nodes.length);
    expect(graph.size).toBe(expected.edges.length);
  });

  it('lists every option of the command line with --help, without a database', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', '--help'], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
    });
    expect(result.status, result.stderr).toBe(0);
    for (const option of Object.keys(selectionSchema.shape)) expect(result.stdout).toContain(`--${option} `);
    expect(result.stdout).toContain('--out FILE');
    expect(result.stdout).toContain(Object.keys(EXPORT_FORMATS).join(', '));
  });
});
