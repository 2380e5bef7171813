// @ts-check
/**
 * claimgraph explorer: search an entity, draw its neighbourhood (Cytoscape.js), read the claims
 * behind nodes and edges, filter by time and verification, follow its timeline, and see the
 * places on a plain SVG map. Talks to POST /graphql; no build step, no network beyond this server.
 */

/** @typedef {{ id: string, type: string, label: string, kind?: string | null, latitude?: number | null, longitude?: number | null, firstDate?: string | null }} GraphNode */
/** @typedef {{ id: string, source: string, target: string, relation: string, role?: string | null, label: string, claimCount: number, independentSources: number }} GraphEdge */
/** @typedef {{ nodes: GraphNode[], edges: GraphEdge[], truncated: boolean, omittedNodes: number }} Subgraph */
/** @typedef {{ id?: string, predicate?: string, quote: string | null, verification: string, chain: { name: string }[], originalSource?: { name: string } }} Claim */
/** @typedef {{ message: string, path?: (string | number)[], extensions?: { code?: string, issues?: { path?: string, message: string }[] } }} GraphQLError */

const VERIFICATION = ['UNVERIFIED', 'CORROBORATED', 'DISPUTED', 'VERIFIED', 'RETRACTED'];

/** Colour and Cytoscape shape by node type. */
const TYPE_STYLE = /** @type {Record<string, { color: string, shape: string, name: string }>} */ ({
  EVENT: { color: '#d9480f', shape: 'round-rectangle', name: 'Event' },
  ACTOR: { color: '#1c7ed6', shape: 'ellipse', name: 'Actor' },
  FACTION: { color: '#7048e8', shape: 'hexagon', name: 'Faction' },
  PLACE: { color: '#2b8a3e', shape: 'diamond', name: 'Place' },
  SOURCE: { color: '#868e96', shape: 'triangle', name: 'Source' },
  CLAIM: { color: '#adb5bd', shape: 'tag', name: 'Claim' },
});
const TYPE_ORDER = Object.keys(TYPE_STYLE);
const styleOf = (/** @type {string} */ type) =>
  TYPE_STYLE[type] ?? { color: '#495057', shape: 'ellipse', name: type };

// ---------------------------------------------------------------------------------------------
// Queries

/** Entities only: sources and claims are not places to start a neighbourhood from. */
const SEARCH = `query Search($text: String!) {
  search(text: $text, types: [ACTOR, FACTION, PLACE, EVENT], first: 10) { name type matched node { id } }
}`;

const NEIGHBOURHOOD = `query Neighbourhood($ids: [ID!]!, $filter: ExploreFilter) {
  neighbourhood(ids: $ids, depth: 2, filter: $filter, limit: 150) {
    nodes { id type label kind latitude longitude firstDate }
    edges { id source target relation role label claimCount independentSources }
    truncated
    omittedNodes
  }
}`;

const CLAIM_FIELDS = 'quote verification chain { name }';

/** The same subgraph again, for the claims behind its edges (asked only when an edge is clicked). */
const EDGE_CLAIMS = `query EdgeClaims($ids: [ID!]!, $filter: ExploreFilter) {
  neighbourhood(ids: $ids, depth: 2, filter: $filter, limit: 150) {
    edges { id claims { id ${CLAIM_FIELDS} originalSource { name } } }
  }
}`;

const EVENT = `query EventDetails($id: ID!) {
  event(id: $id) {
    id name description eventType firstDate lastDate
    participants {
      role
      participant { ... on Actor { id name } ... on Faction { id name } }
      claims { ${CLAIM_FIELDS} }
    }
    places { place { id name } claims { ${CLAIM_FIELDS} } }
    times { time { edtf precision phrase } }
    reports: claims(predicates: [OCCURRED, DESCRIBED_AS, COUNT]) { predicate ${CLAIM_FIELDS} }
  }
}`;

const ENTITY_CLAIMS = `claims { predicate ${CLAIM_FIELDS} }`;
const NODE = `query NodeDetails($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Actor { name description actorKind: kind ${ENTITY_CLAIMS} }
    ... on Faction { name description factionKind: kind ${ENTITY_CLAIMS} }
    ... on Place { name description placeKind: kind location { latitude longitude } partOf { name } ${ENTITY_CLAIMS} }
    ... on Event { name description eventType ${ENTITY_CLAIMS} }
    ... on Source { name description sourceKind: kind publishedOn asserts { predicate ${CLAIM_FIELDS} } }
  }
}`;

const TIMELINE = `query Timeline($id: ID!) {
  timeline(of: $id, first: 50) {
    totalCount
    edges { node { id name eventType firstDate lastDate times { time { edtf precision phrase } } } }
  }
}`;

// ---------------------------------------------------------------------------------------------
// State and helpers

const state = {
  /** @type {{ id: string, type: string | null, label: string } | null} */
  root: null,
  /** @type {Subgraph | null} */
  graph: null,
  /** @type {Map<string, Claim[]> | null} claims by edge id, for the current subgraph */
  edgeClaims: null,
  /** @type {string | null} */
  selected: null,
  /** @type {any} the Cytoscape instance */
  cy: null,
};

/** Latest request number per purpose: answers to superseded requests are dropped. */
const latest = /** @type {Record<string, number>} */ ({});
const ticket = (/** @type {string} */ purpose) => (latest[purpose] = (latest[purpose] ?? 0) + 1);
const current = (/** @type {string} */ purpose, /** @type {number} */ n) => latest[purpose] === n;

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * Creates an element. Strings become text nodes (never HTML).
 * @param {string} tag
 * @param {Record<string, any> | null} [attrs]
 * @param {...(Node | string | number | null | undefined | false | (Node | string | null | undefined | false)[])} children
 * @returns {HTMLElement}
 */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'className') el.className = value;
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return el;
}

class ApiError extends Error {
  /** @param {GraphQLError[]} errors */
  constructor(errors) {
    super(
      errors
        .map((e) => {
          const code = e.extensions?.code ? ` [${e.extensions.code}]` : '';
          const at = e.path?.length ? ` at ${e.path.join('.')}` : '';
          const issues = (e.extensions?.issues ?? []).map((i) =>
            i.path ? `${i.path}: ${i.message}` : i.message,
          );
          return `${e.message}${code}${at}${issues.length ? ` (${issues.join('; ')})` : ''}`;
        })
        .join('; '),
    );
    this.name = 'ApiError';
  }
}

/**
 * Runs a GraphQL operation. Any error (HTTP, network, or GraphQL `errors`) is thrown.
 * @param {string} query
 * @param {Record<string, unknown>} variables
 * @returns {Promise<any>}
 */
async function gql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`HTTP ${response.status} ${response.statusText}: the answer is not JSON`);
  }
  if (body.errors?.length) throw new ApiError(body.errors);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  return body.data;
}

/** Errors shown in the page, by what was being done. */
const errors = new Map();
/** @param {string} what @param {unknown} error */
function showError(what, error) {
  errors.set(what, error instanceof Error ? error.message : String(error));
  console.error(what, error);
  renderErrors();
}
/** @param {string} what */
function clearError(what) {
  if (errors.delete(what)) renderErrors();
}
function renderErrors() {
  const box = $('error');
  box.replaceChildren(
    ...[...errors].map(([what, message]) =>
      h(
        'p',
        null,
        h('strong', null, `${what} failed: `),
        message,
        ' ',
        h('button', { type: 'button', className: 'link', onclick: () => clearError(what) }, 'dismiss'),
      ),
    ),
  );
  box.hidden = errors.size === 0;
}

/** @param {string} type */
const swatch = (type) =>
  h('span', { className: 'swatch', style: { background: styleOf(type).color }, 'aria-hidden': 'true' });
/** @param {string} status */
const badge = (status) => h('span', { className: `badge v-${status}` }, status.toLowerCase());
/** @param {string} text */
const muted = (text) => h('p', { className: 'muted' }, text);
/** @param {string | null | undefined} first @param {string | null | undefined} last */
const dateRange = (first, last) =>
  !first ? 'undated' : !last || last === first ? first : `${first} – ${last}`;
/** An edge label as written for people: "PARTICIPATED_IN (TARGET)" → "participated in (target)". */
const edgeLabel = (/** @type {string} */ label) => label.replace(/_/g, ' ').toLowerCase();
/** @param {string} text */
const humanise = (text) => text.charAt(0) + text.slice(1).toLowerCase().replace(/_/g, ' ');

/**
 * A claim: its verbatim quote, its chain (publisher → original speaker) and its verification.
 * @param {Claim} claim
 */
function claimItem(claim) {
  return h(
    'li',
    { className: 'claim' },
    claim.quote === null ? muted('Quote withheld to protect a source.') : h('blockquote', null, claim.quote),
    h(
      'div',
      { className: 'claim-meta' },
      badge(claim.verification),
      claim.predicate ? h('span', { className: 'predicate' }, humanise(claim.predicate)) : null,
      h(
        'span',
        { className: 'chain', title: 'publisher → original speaker' },
        claim.chain.map((s) => s.name).join(' → '),
      ),
    ),
  );
}
/** @param {Claim[]} claims */
const claimList = (claims) =>
  claims.length ? h('ul', { className: 'claims' }, claims.map(claimItem)) : muted('No claims.');

// ---------------------------------------------------------------------------------------------
// Search

let searchTimer = 0;
function setUpSearch() {
  const input = /** @type {HTMLInputElement} */ ($('search'));
  const results = $('search-results');
  input.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = window.setTimeout(() => runSearch(input.value), 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      /** @type {HTMLElement | null} */ (results.querySelector('button'))?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape') results.hidden = true;
  });
  results.addEventListener('keydown', (event) => {
    const buttons = [...results.querySelectorAll('button')];
    const at = buttons.indexOf(/** @type {HTMLButtonElement} */ (document.activeElement));
    if (event.key === 'ArrowDown') buttons[Math.min(at + 1, buttons.length - 1)]?.focus();
    else if (event.key === 'ArrowUp') (at <= 0 ? input : buttons[at - 1])?.focus();
    else if (event.key === 'Escape') {
      results.hidden = true;
      input.focus();
    } else return;
    event.preventDefault();
  });
  $('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearTimeout(searchTimer);
    await runSearch(input.value);
    /** @type {HTMLElement | null} */ (results.querySelector('button'))?.click();
  });
  document.addEventListener('click', (event) => {
    if (!$('search-form').contains(/** @type {Node} */ (event.target))) results.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (results.childElementCount) results.hidden = false;
  });
}

/** @param {string} text */
async function runSearch(text) {
  const results = $('search-results');
  const n = ticket('search');
  if (text.trim().length < 2) {
    results.replaceChildren();
    results.hidden = true;
    return;
  }
  try {
    const data = await gql(SEARCH, { text: text.trim() });
    if (!current('search', n)) return;
    clearError('Search');
    /** @type {{ name: string, type: string, matched: string, node: { id: string } }[]} */
    const hits = data.search;
    results.replaceChildren(
      ...(hits.length
        ? hits.map((hit) =>
            h(
              'li',
              { role: 'option' },
              h(
                'button',
                {
                  type: 'button',
                  className: 'hit',
                  'data-id': hit.node.id,
                  onclick: () => {
                    results.hidden = true;
                    /** @type {HTMLInputElement} */ ($('search')).value = hit.name;
                    chooseEntity(hit.node.id, hit.type, hit.name);
                  },
                },
                swatch(hit.type),
                h('span', { className: 'hit-name' }, hit.name),
                h('span', { className: 'hit-type' }, styleOf(hit.type).name),
                hit.matched !== hit.name
                  ? h('span', { className: 'hit-matched' }, `matched “${hit.matched}”`)
                  : null,
              ),
            ),
          )
        : [h('li', { className: 'muted' }, `Nothing matches “${text.trim()}”.`)]),
    );
    results.hidden = false;
  } catch (error) {
    if (current('search', n)) showError('Search', error);
  }
}

// ---------------------------------------------------------------------------------------------
// Choosing an entity, filters

/**
 * @param {string} id
 * @param {string | null} [type]
 * @param {string} [label]
 */
async function chooseEntity(id, type = null, label = id) {
  type ??= typeFromId(id);
  state.root = { id, type, label };
  state.graph = null;
  state.selected = null;
  history.replaceState(null, '', `#${encodeURIComponent(id)}`);
  renderTitle();
  const loaded = loadNeighbourhood();
  if (type) loadTimeline();
  showNodeDetails({ id, type: type ?? 'UNKNOWN', label });
  await loaded;
  if (state.root?.id !== id) return; // another entity was chosen meanwhile
  // Chosen by id alone (from the address): the subgraph tells its name and type.
  const graph = /** @type {Subgraph | null} */ (state.graph); // set by loadNeighbourhood meanwhile
  const root = graph?.nodes.find((node) => node.id === id);
  if (root) {
    state.root = { id, type: root.type, label: root.label };
    renderTitle();
  }
  if (!type) {
    if (root) showNodeDetails(root);
    loadTimeline();
  }
}

/** The type an id names by its prefix ("place:banias"), if it is one of the known ones. */
function typeFromId(/** @type {string} */ id) {
  const prefix = id.split(':')[0]?.toUpperCase() ?? '';
  return prefix in TYPE_STYLE ? prefix : null;
}

function setUpFilters() {
  const fieldset = $('verification');
  for (const status of VERIFICATION) {
    fieldset.append(
      h(
        'label',
        null,
        h('input', { type: 'checkbox', name: 'verification', value: status, checked: true }),
        ' ',
        badge(status),
      ),
    );
  }
  let timer = 0;
  $('filters').addEventListener('change', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (state.root) loadNeighbourhood();
    }, 150);
  });
}

/** The ExploreFilter the controls describe (null when they filter nothing). */
function currentFilter() {
  /** @type {{ from?: string, to?: string, verification?: string[] }} */
  const filter = {};
  const from = /** @type {HTMLInputElement} */ ($('from')).value;
  const to = /** @type {HTMLInputElement} */ ($('to')).value;
  if (from) filter.from = from;
  if (to) filter.to = to;
  const checked = [
    .../** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[name=verification]')),
  ]
    .filter((box) => box.checked)
    .map((box) => box.value);
  if (checked.length < VERIFICATION.length) filter.verification = checked;
  return Object.keys(filter).length ? filter : null;
}

// ---------------------------------------------------------------------------------------------
// The neighbourhood graph

async function loadNeighbourhood() {
  if (!state.root) return;
  const n = ticket('neighbourhood');
  const graphEl = $('graph');
  graphEl.dataset.state = 'loading';
  $('graph-bar').classList.add('loading');
  try {
    const data = await gql(NEIGHBOURHOOD, { ids: [state.root.id], filter: currentFilter() });
    if (!current('neighbourhood', n)) return;
    clearError('Loading the neighbourhood');
    state.graph = data.neighbourhood;
    state.edgeClaims = null;
    renderNodeList();
    renderMap();
    drawGraph(/** @type {Subgraph} */ (state.graph));
    graphEl.dataset.state = 'ready';
  } catch (error) {
    if (!current('neighbourhood', n)) return;
    graphEl.dataset.state = 'error';
    showError('Loading the neighbourhood', error);
  } finally {
    if (current('neighbourhood', n)) $('graph-bar').classList.remove('loading');
  }
}

const CY_STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)',
      width: 20,
      height: 20,
      label: 'data(label)',
      'font-size': 12,
      color: '#212529',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      'text-outline-opacity': 0.9,
    },
  },
  {
    selector: 'node.root',
    style: {
      width: 32,
      height: 32,
      'border-width': 3,
      'border-color': '#212529',
      'font-size': 14,
      'font-weight': 'bold',
    },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59f00' } },
  {
    selector: 'edge',
    style: {
      width: 'mapData(claimCount, 0, 8, 1, 7)',
      'line-color': '#adb5bd',
      'target-arrow-color': '#adb5bd',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.6,
      'curve-style': 'bezier',
      opacity: 0.85,
    },
  },
  { selector: 'edge[relation = "PART_OF"]', style: { 'line-style': 'dashed', width: 1 } },
  {
    selector: 'edge:selected, edge.hover',
    style: {
      'line-color': '#f59f00',
      'target-arrow-color': '#f59f00',
      label: 'data(display)',
      'font-size': 11,
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
    },
  },
];

/** Most nodes on one ring of the radial layout; more go on further rings. */
const RING_SIZE = 36;

/**
 * Rings for a radial layout: the chosen entity in the centre, then the nodes one hop away (by
 * type), then those two hops away, each next to the node that leads to it, so that few edges
 * cross. Returns the nodes in drawing order with their ring.
 * @param {Subgraph} graph
 * @param {string | undefined} rootId
 * @returns {{ node: GraphNode, ring: number }[]}
 */
function radialRings(graph, rootId) {
  /** @type {Map<string, string[]>} */
  const neighbours = new Map(graph.nodes.map((n) => [n.id, []]));
  for (const edge of graph.edges) {
    neighbours.get(edge.source)?.push(edge.target);
    neighbours.get(edge.target)?.push(edge.source);
  }
  /** @type {Map<string, number>} hops from the root */
  const depth = new Map();
  let frontier = rootId && neighbours.has(rootId) ? [rootId] : [];
  for (const id of frontier) depth.set(id, 0);
  for (let d = 1; frontier.length; d++) {
    const next = [];
    for (const id of frontier) {
      for (const other of neighbours.get(id) ?? []) {
        if (!depth.has(other)) {
          depth.set(other, d);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const unreachable = Math.max(0, ...depth.values()) + 1;
  /** @type {Map<number, GraphNode[]>} */
  const byDepth = new Map();
  for (const node of graph.nodes) {
    const d = depth.get(node.id) ?? unreachable;
    byDepth.set(d, [...(byDepth.get(d) ?? []), node]);
  }
  /** @type {Map<string, number>} position in drawing order */
  const position = new Map();
  /** @type {{ node: GraphNode, ring: number }[]} */
  const out = [];
  let ring = 0;
  for (const d of [...byDepth.keys()].sort((a, b) => a - b)) {
    const parentPosition = (/** @type {GraphNode} */ node) =>
      Math.min(Infinity, ...(neighbours.get(node.id) ?? []).map((id) => position.get(id) ?? Infinity));
    const nodes = /** @type {GraphNode[]} */ (byDepth.get(d)).sort(
      (a, b) =>
        (d > 1 ? parentPosition(a) - parentPosition(b) : 0) ||
        TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
        a.label.localeCompare(b.label),
    );
    nodes.forEach((node, i) => {
      position.set(node.id, out.length);
      out.push({ node, ring: ring + Math.floor(i / RING_SIZE) });
    });
    ring += Math.ceil(nodes.length / RING_SIZE);
  }
  return out;
}

/** @param {Subgraph} graph */
function drawGraph(graph) {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const elements = [
    ...radialRings(graph, state.root?.id).map(({ node, ring }) => ({
      group: 'nodes',
      data: { ...node, color: styleOf(node.type).color, shape: styleOf(node.type).shape, ring },
      classes: node.id === state.root?.id ? 'root' : '',
    })),
    ...graph.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({ group: 'edges', data: { ...edge, display: edgeLabel(edge.label) } })),
  ];
  const cytoscape = /** @type {any} */ (window).cytoscape;
  if (!cytoscape) throw new Error('Cytoscape.js did not load (/explore/vendor/cytoscape.min.js)');
  if (!state.cy) {
    state.cy = cytoscape({
      container: $('graph'),
      style: CY_STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    state.cy.on('tap', 'node', (/** @type {any} */ event) => selectNode(event.target.id()));
    state.cy.on('tap', 'edge', (/** @type {any} */ event) => selectEdge(event.target.id()));
    state.cy.on('mouseover', 'edge', (/** @type {any} */ event) => event.target.addClass('hover'));
    state.cy.on('mouseout', 'edge', (/** @type {any} */ event) => event.target.removeClass('hover'));
    // Cytoscape follows window resizes only; the panels around it can change its size too.
    new ResizeObserver(() => state.cy.resize()).observe($('graph'));
  }
  // The bar above the graph first: its height decides the graph's.
  const types = TYPE_ORDER.filter((type) => graph.nodes.some((node) => node.type === type));
  $('legend').replaceChildren(
    ...types.map((type) => h('span', { className: 'legend-item' }, swatch(type), styleOf(type).name)),
  );
  const note = $('truncated');
  note.hidden = !graph.truncated;
  note.textContent = graph.truncated
    ? `Showing ${graph.nodes.length} nodes: the limit left out ${graph.omittedNodes} more. Narrow the filters to see them.`
    : '';
  renderTitle();
  const cy = state.cy;
  cy.resize();
  cy.elements().remove();
  cy.add(elements);
  // Rings in the order given (the layout's sort is stable), fastest and the same on every load.
  cy.layout({
    name: 'concentric',
    animate: false,
    concentric: (/** @type {any} */ node) => 1000 - node.data('ring'),
    levelWidth: () => 1,
    minNodeSpacing: 40,
    padding: 20,
  }).run();
  stretchToContainer(cy);
  fitGraph();
  if (state.selected && cy.getElementById(state.selected).nonempty())
    cy.getElementById(state.selected).select();
}

/**
 * The rings come out round; the panel is wide. Spreading the nodes
 * sideways (up to 2.2 times) uses the width and lets the fit zoom in, so labels stay legible.
 * @param {any} cy
 */
function stretchToContainer(cy) {
  const box = cy.nodes().boundingBox();
  if (!box.w || !box.h || !cy.width() || !cy.height()) return;
  const factor = Math.min(cy.width() / cy.height() / (box.w / box.h), 2.2);
  if (factor <= 1.05) return;
  const centre = box.x1 + box.w / 2;
  cy.nodes().positions((/** @type {any} */ node) => ({
    x: centre + (node.position('x') - centre) * factor,
    y: node.position('y'),
  }));
}

/** Fits the graph in its panel, without blowing up a small one. */
function fitGraph() {
  const cy = state.cy;
  if (!cy) return;
  cy.fit(undefined, 20);
  if (cy.zoom() > 1.25) {
    cy.zoom(1.25);
    cy.center();
  }
}

function renderTitle() {
  const graph = state.graph;
  const label = state.root?.label ?? 'No entity chosen';
  $('graph-title').textContent = graph
    ? `${label} · ${graph.nodes.length} nodes, ${graph.edges.length} edges`
    : label;
}

function renderNodeList() {
  const graph = state.graph;
  if (!graph) return;
  const rootId = state.root?.id;
  const nodes = [...graph.nodes].sort(
    (a, b) =>
      Number(b.id === rootId) - Number(a.id === rootId) ||
      TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
      a.label.localeCompare(b.label),
  );
  $('nodes-title').textContent = `Nodes (${nodes.length})`;
  $('node-list').replaceChildren(
    ...(nodes.length
      ? nodes.map((node) =>
          h(
            'li',
            null,
            h(
              'button',
              {
                type: 'button',
                className: 'node-item',
                'data-id': node.id,
                'data-type': node.type,
                'aria-current': node.id === state.selected ? 'true' : null,
                onclick: () => selectNode(node.id),
              },
              swatch(node.type),
              h('span', { className: 'label' }, node.label),
              node.kind ? h('small', { title: humanise(node.kind) }, humanise(node.kind)) : null,
            ),
          ),
        )
      : [h('li', { className: 'muted' }, 'Nothing within two hops under these filters.')]),
  );
}

/** @param {string | null} id */
function markSelected(id) {
  state.selected = id;
  for (const button of document.querySelectorAll('#node-list button, #timeline button, #map .point')) {
    if (button.getAttribute('data-id') === id) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
  if (state.cy) {
    state.cy.elements(':selected').unselect();
    if (id) state.cy.getElementById(id).select();
  }
}

/** @param {string} id */
function selectNode(id) {
  const node = state.graph?.nodes.find((n) => n.id === id);
  markSelected(id);
  if (node) {
    // Bring the node into view if it is off screen.
    const el = state.cy?.getElementById(id);
    if (el?.nonempty()) {
      const box = el.renderedBoundingBox();
      if (box.x2 < 0 || box.y2 < 0 || box.x1 > state.cy.width() || box.y1 > state.cy.height())
        state.cy.center(el);
    }
    showNodeDetails(node);
  }
}

/** @param {string} id */
async function selectEdge(id) {
  const edge = state.graph?.edges.find((e) => e.id === id);
  if (!edge || !state.root) return;
  markSelected(null);
  state.cy?.getElementById(id).select();
  const label = (/** @type {string} */ nodeId) =>
    state.graph?.nodes.find((n) => n.id === nodeId)?.label ?? nodeId;
  const body = h('div', null, muted('Loading the claims…'));
  $('details').replaceChildren(
    h('p', { className: 'kicker' }, 'Edge'),
    h(
      'h2',
      null,
      label(edge.source),
      h('span', { className: 'relation' }, ` ${edgeLabel(edge.label)} `),
      label(edge.target),
    ),
    h(
      'p',
      { className: 'facts' },
      `${edge.claimCount} claim${edge.claimCount === 1 ? '' : 's'} from ${edge.independentSources} independent source${edge.independentSources === 1 ? '' : 's'}`,
      edge.role ? ` · role ${humanise(edge.role)}` : '',
    ),
    body,
  );
  const n = ticket('details');
  try {
    let cache = state.edgeClaims;
    if (!cache) {
      const graph = state.graph;
      const data = await gql(EDGE_CLAIMS, { ids: [state.root.id], filter: currentFilter() });
      /** @type {{ id: string, claims: Claim[] }[]} */
      const edges = data.neighbourhood.edges;
      cache = new Map(edges.map((e) => [e.id, e.claims]));
      // Kept only if the subgraph was not reloaded (other filters) meanwhile.
      if (state.graph === graph) state.edgeClaims = cache;
    }
    if (!current('details', n)) return;
    clearError('Loading the edge claims');
    const claims = cache.get(id) ?? [];
    body.replaceChildren(
      claims.length || edge.relation !== 'PART_OF'
        ? claimList(claims)
        : muted('From the gazetteer: no claims behind it.'),
    );
  } catch (error) {
    if (!current('details', n)) return;
    body.replaceChildren(muted('Could not load the claims.'));
    showError('Loading the edge claims', error);
  }
}

// ---------------------------------------------------------------------------------------------
// Details of a node

/** @param {{ id: string, type: string, label: string }} node */
async function showNodeDetails(node) {
  const n = ticket('details');
  const body = h('div', null, muted('Loading…'));
  $('details').replaceChildren(
    h('p', { className: 'kicker' }, swatch(node.type), styleOf(node.type).name, h('code', null, node.id)),
    h('h2', null, node.label),
    body,
  );
  try {
    const isEvent = node.type === 'EVENT';
    const data = await gql(isEvent ? EVENT : NODE, { id: node.id });
    if (!current('details', n)) return;
    clearError('Loading the details');
    const record = isEvent ? data.event : data.node;
    if (!record) {
      body.replaceChildren(muted('Not found.'));
      return;
    }
    $('details')
      .querySelector('h2')
      ?.replaceChildren(record.name ?? node.label);
    const parts = isEvent ? eventDetails(record) : entityDetails(record);
    body.replaceChildren(...parts.filter(/** @returns {part is HTMLElement} */ (part) => part !== null));
  } catch (error) {
    if (!current('details', n)) return;
    body.replaceChildren(muted('Could not load the details.'));
    showError('Loading the details', error);
  }
}

/** @param {any} event */
function eventDetails(event) {
  /** @type {{ time: { edtf: string, precision: string, phrase: string | null } }[]} */
  const times = event.times;
  return [
    h(
      'p',
      { className: 'facts' },
      humanise(event.eventType),
      ' · ',
      dateRange(event.firstDate, event.lastDate),
    ),
    event.description ? h('p', { className: 'description' }, event.description) : null,
    h('h3', null, 'When'),
    times.length
      ? h(
          'ul',
          { className: 'plain' },
          times.map(({ time }) =>
            h(
              'li',
              null,
              h('time', null, time.edtf),
              ' ',
              h('span', { className: 'precision' }, time.precision.toLowerCase()),
              time.phrase ? ` “${time.phrase}”` : '',
            ),
          ),
        )
      : muted('No time reported.'),
    h('h3', null, 'Who'),
    event.participants.length
      ? h(
          'ul',
          { className: 'plain' },
          event.participants.map((/** @type {any} */ p) =>
            h(
              'li',
              { className: 'group' },
              h(
                'p',
                null,
                h('span', { className: 'role' }, humanise(p.role)),
                ' ',
                entityLink(p.participant),
              ),
              claimList(p.claims),
            ),
          ),
        )
      : muted('No participants reported.'),
    h('h3', null, 'Where'),
    event.places.length
      ? h(
          'ul',
          { className: 'plain' },
          event.places.map((/** @type {any} */ p) =>
            h('li', { className: 'group' }, h('p', null, entityLink(p.place)), claimList(p.claims)),
          ),
        )
      : muted('No place reported.'),
    h('h3', null, 'What was reported'),
    claimList(event.reports),
  ];
}

/** @param {any} record */
function entityDetails(record) {
  const claims = record.claims ?? record.asserts ?? [];
  const kind =
    record.actorKind ?? record.factionKind ?? record.placeKind ?? record.sourceKind ?? record.eventType;
  return [
    h(
      'p',
      { className: 'facts' },
      kind ? humanise(kind) : record.__typename,
      record.partOf ? ` · in ${record.partOf.name}` : '',
      record.location
        ? ` · ${record.location.latitude.toFixed(3)}, ${record.location.longitude.toFixed(3)}`
        : '',
      record.publishedOn ? ` · published ${record.publishedOn}` : '',
    ),
    record.description ? h('p', { className: 'description' }, record.description) : null,
    h('h3', null, `Claims (${claims.length})`),
    claimList(claims),
  ];
}

/** A participant or place: a link when it is in the drawn graph. @param {{ id?: string, name?: string } | null} entity */
function entityLink(entity) {
  if (!entity) return h('span', { className: 'muted' }, 'withheld');
  const inGraph = entity.id && state.graph?.nodes.some((n) => n.id === entity.id);
  if (!inGraph) return h('strong', null, entity.name ?? entity.id ?? '');
  return h(
    'button',
    {
      type: 'button',
      className: 'link strong',
      onclick: () => selectNode(/** @type {string} */ (entity.id)),
    },
    entity.name ?? '',
  );
}

// ---------------------------------------------------------------------------------------------
// Timeline

async function loadTimeline() {
  const root = state.root;
  const list = $('timeline');
  if (!root) return;
  const n = ticket('timeline');
  $('timeline-title').textContent = 'Timeline';
  if (root.type === 'EVENT' || root.type === 'CLAIM') {
    list.replaceChildren(
      h('li', { className: 'muted' }, 'Timelines are drawn for actors, factions, places and sources.'),
    );
    return;
  }
  list.replaceChildren(h('li', { className: 'muted' }, 'Loading…'));
  try {
    const data = await gql(TIMELINE, { id: root.id });
    if (!current('timeline', n)) return;
    clearError('Loading the timeline');
    /** @type {any[]} */
    const events = data.timeline.edges.map((/** @type {any} */ edge) => edge.node);
    // Time order, undated last (the API already answers so; kept stable).
    const dated = events.filter((e) => e.firstDate).sort((a, b) => a.firstDate.localeCompare(b.firstDate));
    const ordered = [...dated, ...events.filter((e) => !e.firstDate)];
    $('timeline-title').textContent = `Timeline (${data.timeline.totalCount})`;
    list.replaceChildren(
      ...(ordered.length ? ordered.map(timelineEntry) : [h('li', { className: 'muted' }, 'No events.')]),
    );
  } catch (error) {
    if (!current('timeline', n)) return;
    list.replaceChildren(h('li', { className: 'muted' }, 'Could not load the timeline.'));
    showError('Loading the timeline', error);
  }
}

/** @param {any} event */
function timelineEntry(event) {
  /** @type {{ edtf: string, precision: string, phrase: string | null }[]} */
  const times = event.times
    .map((/** @type {any} */ t) => t.time)
    .sort((/** @type {any} */ a, /** @type {any} */ b) => a.edtf.localeCompare(b.edtf));
  const first = times[0];
  const when = first ? first.edtf : (event.firstDate ?? 'undated');
  const precision = first ? first.precision : event.firstDate ? 'day' : '';
  const phrases = times
    .map((t) => `${t.edtf} (${t.precision.toLowerCase()})${t.phrase ? ` “${t.phrase}”` : ''}`)
    .join('\n');
  return h(
    'li',
    null,
    h(
      'button',
      {
        type: 'button',
        className: 'timeline-item',
        'data-id': event.id,
        title: phrases || undefined,
        onclick: () => {
          markSelected(event.id);
          const node = state.graph?.nodes.find((n) => n.id === event.id);
          showNodeDetails(node ?? { id: event.id, type: 'EVENT', label: event.name });
        },
      },
      h(
        'span',
        { className: 'date' },
        h('time', null, when),
        precision ? h('span', { className: 'precision' }, precision.toLowerCase()) : null,
        times.length > 1 ? h('span', { className: 'precision' }, `+${times.length - 1}`) : null,
      ),
      h('span', { className: 'timeline-name' }, event.name),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Map: an equirectangular projection fitted to the points, no tiles

const SVG = 'http://www.w3.org/2000/svg';
/** @param {string} tag @param {Record<string, string | number>} attrs @param {...(Node | string)} children */
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  el.append(...children);
  return el;
}

function renderMap() {
  const map = $('map');
  // The chosen entity first, then places: the first node at a position names it.
  const rank = (/** @type {GraphNode} */ n) => (n.id === state.root?.id ? 0 : n.type === 'PLACE' ? 1 : 2);
  const nodes = (state.graph?.nodes ?? [])
    .filter((n) => typeof n.latitude === 'number' && typeof n.longitude === 'number')
    .sort((a, b) => rank(a) - rank(b));
  if (!nodes.length) {
    map.replaceChildren(muted('No node here has coordinates.'));
    return;
  }
  /** @type {Map<string, GraphNode[]>} nodes by position */
  const points = new Map();
  for (const node of nodes) {
    const key = `${Number(node.latitude).toFixed(3)},${Number(node.longitude).toFixed(3)}`;
    points.set(key, [...(points.get(key) ?? []), node]);
  }
  const lats = nodes.map((n) => Number(n.latitude));
  const lons = nodes.map((n) => Number(n.longitude));
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const k = Math.cos((midLat * Math.PI) / 180);
  // Projected bounding box, at least 0.2° across so that a single point sits in some space.
  const grow = (/** @type {number} */ lo, /** @type {number} */ hi, /** @type {number} */ min) => {
    const pad = Math.max((hi - lo) * 0.05, (min - (hi - lo)) / 2, 0);
    return [lo - pad, hi + pad];
  };
  const [x0, x1] = grow(Math.min(...lons) * k, Math.max(...lons) * k, 0.2);
  const [y0, y1] = grow(Math.min(...lats), Math.max(...lats), 0.2);
  // Drawn at the panel's size in pixels, so that text keeps its size.
  const W = Math.max(map.clientWidth, 200);
  const H = Math.max(map.clientHeight, 120);
  // Margins in pixels for the labels under the dots and along the edges.
  const [left, right, top, bottom] = [50, 50, 14, 30];
  const scale = Math.min((W - left - right) / (x1 - x0), (H - top - bottom) / (y1 - y0));
  const ox = left + (W - left - right - (x1 - x0) * scale) / 2;
  const oy = top + (H - top - bottom - (y1 - y0) * scale) / 2;
  const project = (/** @type {number} */ lat, /** @type {number} */ lon) => [
    ox + (lon * k - x0) * scale,
    oy + (y1 - lat) * scale,
  ];

  // Graticule at a round step, over the whole drawing.
  const [lonMin, lonMax] = [(x0 - ox / scale) / k, (x0 + (W - ox) / scale) / k];
  const [latMin, latMax] = [y1 - (H - oy) / scale, y1 + oy / scale];
  const span = Math.max((lonMax - lonMin) * k, latMax - latMin);
  const step = [0.1, 0.25, 0.5, 1, 2, 5, 10, 20].find((st) => span / st <= 8) ?? 30;
  const grid = [];
  // (Hemispheres: negative degrees are west and south.)
  const deg = (/** @type {number} */ v, /** @type {string} */ pos, /** @type {string} */ neg) =>
    `${+Math.abs(v).toFixed(2)}°${v < 0 ? neg : pos}`;
  for (let lon = Math.ceil(lonMin / step) * step; lon <= lonMax; lon += step) {
    const [x] = project(0, lon);
    grid.push(
      s('line', { x1: x, y1: 0, x2: x, y2: H, class: 'grid' }),
      s('text', { x: x + 2, y: H - 3, class: 'grid-label' }, deg(lon, 'E', 'W')),
    );
  }
  for (let lat = Math.ceil(latMin / step) * step; lat <= latMax; lat += step) {
    const [, y] = project(lat, 0);
    grid.push(
      s('line', { x1: 0, y1: y, x2: W, y2: y, class: 'grid' }),
      s('text', { x: 3, y: y - 2, class: 'grid-label' }, deg(lat, 'N', 'S')),
    );
  }

  const dots = [...points.values()].map((group) => {
    const [x, y] = project(Number(group[0]?.latitude), Number(group[0]?.longitude));
    const first = /** @type {GraphNode} */ (group[0]);
    const label = group.length > 1 ? `${first.label} +${group.length - 1}` : first.label;
    const point = s(
      'g',
      {
        class: 'point',
        'data-id': first.id,
        tabindex: 0,
        role: 'button',
        'aria-label': group.map((n) => n.label).join(', '),
      },
      s('title', {}, group.map((n) => `${n.label} (${styleOf(n.type).name})`).join('\n')),
      s('circle', { cx: x, cy: y, r: first.id === state.root?.id ? 7 : 5, fill: styleOf(first.type).color }),
      s(
        'text',
        { x, y: y + 16, 'text-anchor': x < W * 0.15 ? 'start' : x > W * 0.85 ? 'end' : 'middle' },
        label,
      ),
    );
    point.addEventListener('click', () => selectNode(first.id));
    point.addEventListener('keydown', (event) => {
      if (/** @type {KeyboardEvent} */ (event).key === 'Enter') selectNode(first.id);
    });
    return point;
  });
  map.replaceChildren(
    s(
      'svg',
      { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `Map of ${points.size} positions` },
      s('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }),
      ...grid,
      ...dots,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Start

function start() {
  setUpSearch();
  setUpFilters();
  $('fit').addEventListener('click', fitGraph);
  let mapSize = '';
  new ResizeObserver(() => {
    const size = `${$('map').clientWidth}x${$('map').clientHeight}`;
    if (size !== mapSize && state.graph) requestAnimationFrame(renderMap);
    mapSize = size;
  }).observe($('map'));
  // The address names the chosen entity (#place:banias), so it can be bookmarked and shared.
  const fromHash = () => decodeURIComponent(location.hash.slice(1));
  window.addEventListener('hashchange', () => {
    if (fromHash() && fromHash() !== state.root?.id) chooseEntity(fromHash());
  });
  if (fromHash()) chooseEntity(fromHash());
  else /** @type {HTMLInputElement} */ ($('search')).focus();
  // For debugging and tests.
  /** @type {any} */ (window).explorer = { state, chooseEntity, selectNode, selectEdge };
}

start();
