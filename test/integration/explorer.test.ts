/**
 * The web explorer in a real browser (Debian's Chromium, driven by playwright-core) against the
 * service on the real Neo4j with the sample loaded: search a garbled spelling, draw the
 * neighbourhood, open an event and an edge, and read the report's verbatim quotes in the page.
 * Leaves a screenshot in test-artifacts/explorer.png; with UPDATE_README_SCREENSHOT=1 it also
 * replaces docs/explorer.png, the one the README shows.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.js';
import { loadSample, startTestService, type TestService } from '../helpers/service.js';
import { listenHttp, type RunningApp } from '../helpers/http.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOT = path.join(ROOT, 'test-artifacts/explorer.png');
const README_SCREENSHOT = path.join(ROOT, 'docs/explorer.png');

interface SampleClaim {
  predicate: string;
  subject?: string;
  object?: string;
  quote: string;
}

/** The verbatim quote of the sample's claim with this predicate, subject and object. */
function sampleQuote(predicate: string, subject: string, object?: string): string {
  const sample = JSON.parse(readFileSync(path.join(ROOT, 'data/syria-coast-2025-03-09.json'), 'utf8')) as {
    claims: SampleClaim[];
  };
  const claim = sample.claims.find(
    (c) =>
      c.predicate === predicate && c.subject === subject && (object === undefined || c.object === object),
  );
  if (!claim) throw new Error(`no ${predicate} claim ${subject} → ${object} in the sample`);
  return claim.quote;
}

let service: TestService;
let http: RunningApp;
let browser: Browser;
let page: Page;
/** What went wrong in the page: uncaught errors, console errors, requests leaving the server. */
const problems: string[] = [];

beforeAll(async () => {
  service = await startTestService();
  await loadSample(service.db);
  http = await listenHttp(service.db);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(http.base) && !request.url().startsWith('data:')) {
      problems.push(`request outside the server: ${request.url()}`);
    }
  });
});

afterAll(async () => {
  await browser?.close();
  await http?.close();
  await service?.close();
});

describe('the web explorer', () => {
  it('is served at /explore, with / redirecting there and Cytoscape from node_modules', async () => {
    const root = await fetch(`${http.base}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/explore');
    for (const asset of [
      '/explore',
      '/explore/app.js',
      '/explore/style.css',
      '/explore/vendor/cytoscape.min.js',
    ]) {
      const response = await fetch(`${http.base}${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(500);
    }
  });

  it('finds Banias from a garbled spelling, draws its neighbourhood and shows the quotes behind an event', async () => {
    await page.goto(`${http.base}/`);
    expect(new URL(page.url()).pathname).toBe('/explore');

    // Search a spelling from the report; the hit says which alias matched.
    await page.locator('#search').fill('Benias');
    const hit = page.locator('#search-results button.hit', { hasText: 'Banias' }).first();
    await hit.waitFor();
    expect(await page.locator('#search-results').textContent()).toContain('matched “Benias”');
    await hit.click();

    // The graph, the list of its nodes, the map and the timeline.
    await page.locator('#graph[data-state="ready"]').waitFor();
    const drawn = await page.evaluate(
      () => (globalThis as unknown as { explorer: { state: { cy: any } } }).explorer.state.cy.nodes().length,
    );
    expect(drawn).toBeGreaterThan(5);
    expect(await page.locator('#node-list button.node-item').count()).toBe(drawn);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    await page.locator('#map svg .point').first().waitFor();
    await page.locator('#timeline button.timeline-item').first().waitFor();
    expect(await page.locator('#error').isHidden()).toBe(true);

    // Open an event through its entry in the node list.
    const event = page.locator('#node-list button.node-item', { hasText: 'Raids on al-Qusour, Banias' });
    await event.click();
    const details = page.locator('#details');
    await details.locator('h2', { hasText: 'Raids on al-Qusour, Banias' }).waitFor();
    const quote = sampleQuote('PARTICIPATED_IN', 'faction:foreign-fighters', 'event:qusour-raids');
    await details.getByText(quote).waitFor();
    const claim = details.locator('li.claim', { hasText: quote }).first();
    expect(await claim.locator('.chain').textContent()).toBe(
      "BBC report on the violence on Syria's coast, 9 March 2025 → Testimony of Ayman Fares to the BBC",
    );
    expect(await claim.locator('.badge').textContent()).toBe('unverified');

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    if (process.env.UPDATE_README_SCREENSHOT === '1') copyFileSync(SCREENSHOT, README_SCREENSHOT);
    expect(problems).toEqual([]);
  });

  it('shows the claims behind a clicked edge', async () => {
    // Zoom onto the edge from the raids to al-Qusour, then click its middle on the canvas.
    const point = await page.evaluate(() => {
      const { cy } = (globalThis as unknown as { explorer: { state: { cy: any } } }).explorer.state;
      const ends = ['event:qusour-raids', 'place:al-qusour'];
      const edge = cy
        .edges()
        .filter((e: any) => ends.includes(e.data('source')) && ends.includes(e.data('target')))
        .first();
      if (edge.empty()) return null;
      cy.fit(edge, 80);
      return edge.renderedMidpoint() as { x: number; y: number };
    });
    expect(point, 'an edge between event:qusour-raids and place:al-qusour').not.toBeNull();
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + point!.x, box.y + point!.y);
    const details = page.locator('#details');
    await details.locator('.kicker', { hasText: 'Edge' }).waitFor();
    await details.getByText(sampleQuote('OCCURRED_IN', 'event:qusour-raids', 'place:al-qusour')).waitFor();
    expect(problems).toEqual([]);
  });
});
