/**
 * BENCHMARKS.md from a run's figures: machine and versions, the targets met and missed (with the
 * figures that say why), then every size in detail. A section between the NOTES markers is
 * written by people and kept from the previous file.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Machine, Quietness } from './machine.js';
import type { Latency, SystemName, Throughput } from './measure.js';
import type { BenchOptions } from './options.js';
import { CLIENTS, PEER_THROUGHPUT_QUESTIONS, type QuestionResult, type SizeResult } from './run-size.js';
import type { SoakResult } from './soak.js';

export interface BenchRun {
  startedAt: string;
  finishedAt: string;
  command: string;
  options: BenchOptions;
  machine: Machine;
  quiet: { waitedMinutes: number; atStart: Quietness };
  sizes: SizeResult[];
  soak: SoakResult | null;
}

const NOTES_START = '<!-- NOTES: written by hand, kept when the benchmark rewrites this file -->';
const NOTES_END = '<!-- /NOTES -->';

const ms = (v: number | undefined) =>
  v === undefined || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : Math.round(v).toString();
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !b || Number.isNaN(a) || Number.isNaN(b)
    ? '–'
    : `${(a / b).toFixed(2)}x`;
const count = (n: number) => Math.round(n).toLocaleString('en-GB');
const sizeName = (claims: number) =>
  claims >= 1e6 && claims % 1e6 === 0
    ? `${claims / 1e6}M`
    : claims >= 1e3 && claims % 1e3 === 0
      ? `${claims / 1e3}k`
      : String(claims);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

interface Verdict {
  target: string;
  result: string;
  met: boolean | null;
}

export function renderReport(run: BenchRun, previous: string | null): string {
  const largest = run.sizes.at(-1);
  const smallest = run.sizes[0];
  const out: string[] = [];
  out.push('# Benchmarks', '');
  out.push(
    `Written by \`${run.command}\` (scripts/bench.ts) on ${run.finishedAt.slice(0, 10)}, run from ${run.startedAt.slice(11, 16)} to ${run.finishedAt.slice(11, 16)} UTC. ` +
      'Figures in milliseconds unless named; raw figures in `test-artifacts/bench.json`.',
    '',
  );
  out.push(...machineSection(run), '');
  if (largest && smallest) out.push(...targetsSection(run, smallest, largest), '');
  out.push(...notesSection(previous), '');
  for (const size of run.sizes) out.push(...sizeSection(size, size === largest), '');
  if (run.soak) out.push(...soakSection(run.soak), '');
  out.push(...methodSection(), '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function machineSection(run: BenchRun): string[] {
  const m = run.machine;
  const q = run.quiet.atStart;
  return [
    '## Machine and versions',
    '',
    `- ${m.cpuModel}, ${m.cores} cores, ${m.memoryGb} GB RAM, ${m.os}`,
    `- Node ${m.node}, Neo4j ${m.neo4j} Community (local instance "bench": heap 4g, page cache 4g), neo4j-driver ${m.neo4jDriver}, @neo4j/graphql ${m.neo4jGraphql}, @apollo/server ${m.apolloServer}, graphql ${m.graphql}`,
    `- Options: sizes ${run.options.sizes.map(sizeName).join(', ')}; ${run.options.runs} timed runs per question and system (at most ${run.options.budgetSeconds} s each), throughput ${run.options.seconds} s per measurement${run.options.skipPeer ? '; peer skipped' : ''}`,
    `- Machine at the start: 1-minute load average ${q.loadAverage1m.toFixed(2)}, ${
      q.others.length === 0
        ? 'no other test runs or imports'
        : `still busy after waiting ${run.quiet.waitedMinutes} minutes: ${q.others.length} other test runs or imports (${q.others
            .slice(0, 3)
            .map((o) => `\`${o.slice(0, 80)}\``)
            .join(', ')})`
    }. The machine has ${m.cores} cores shared by Neo4j, the service, the peer and the load generator.`,
  ];
}

function p50(r: QuestionResult, system: SystemName): number | undefined {
  return r.latency[system]?.p50;
}

function targetsSection(run: BenchRun, smallest: SizeResult, largest: SizeResult): string[] {
  const at = sizeName(largest.claims);
  const verdicts: Verdict[] = [];
  const core = largest.questions.filter((q) => q.core && !q.skip);

  // A question whose answer differs from the floor's does not meet a target however fast it is.
  const slow = core.filter(
    (q) =>
      q.agreement.floor !== 'agree' || !((p50(q, 'service') ?? Infinity) <= 1.3 * (p50(q, 'floor') ?? 0)),
  );
  const differs = (q: QuestionResult) =>
    q.agreement.floor === 'agree' ? '' : ', answers differ from the floor';
  verdicts.push({
    target: `each core query's p50 within 1.3x of the floor at ${at}`,
    result: slow.length
      ? `missed by ${slow.length} of ${core.length}: ${slow.map((q) => `${q.key} ${ratio(p50(q, 'service'), p50(q, 'floor'))} (${ms(p50(q, 'service'))} vs ${ms(p50(q, 'floor'))}; ${whyText(q)}${differs(q)})`).join('; ')}`
      : `met by all ${core.length}`,
    met: slow.length === 0,
  });

  for (const key of PEER_THROUGHPUT_QUESTIONS) {
    const t = largest.throughput.perQuestion[key];
    if (!t?.service || !t.peer) {
      verdicts.push({
        target: `>= 2x @neo4j/graphql throughput on ${key}`,
        result: 'peer not measured',
        met: null,
      });
      continue;
    }
    const ratios = CLIENTS.map((c, i) => ({ c, r: t.service![i]!.perSecond / t.peer![i]!.perSecond }));
    verdicts.push({
      target: `>= 2x @neo4j/graphql throughput on ${key} at ${at}`,
      result: ratios.map(({ c, r }) => `${c} clients ${r.toFixed(2)}x`).join(', '),
      met: ratios.every(({ r }) => r >= 2),
    });
  }

  const paged = run.sizes.filter((s) => !s.questions.find((q) => q.key === 'eventPage1000')?.skip);
  if (paged.length === 0) {
    verdicts.push({
      target: 'page 1000 within 1.2x of page 1',
      result: 'page 1000 exists at no size measured',
      met: null,
    });
  }
  for (const s of paged) {
    const [one, thousand] = ['eventPage1', 'eventPage1000'].map((k) => s.questions.find((q) => q.key === k)!);
    const r = (p50(thousand!, 'service') ?? Infinity) / (p50(one!, 'service') ?? 0);
    verdicts.push({
      target: `page 1000 within 1.2x of page 1 at ${sizeName(s.claims)}`,
      result: `${r.toFixed(2)}x (${ms(p50(thousand!, 'service'))} vs ${ms(p50(one!, 'service'))}; peer ${thousand!.latency.peer?.errors ? `failed (${thousand!.latency.peer.firstError})` : ratio(p50(thousand!, 'peer'), p50(one!, 'peer'))}, floor ${ratio(p50(thousand!, 'floor'), p50(one!, 'floor'))})`,
      met: r <= 1.2,
    });
  }

  if (largest !== smallest) {
    const grew = core.filter((q) => {
      const small = smallest.questions.find((x) => x.key === q.key);
      return !small?.skip && !((p50(q, 'service') ?? Infinity) <= 1.5 * (p50(small!, 'service') ?? 0));
    });
    const compared = core.filter((q) => !smallest.questions.find((x) => x.key === q.key)?.skip);
    verdicts.push({
      target: `p50 at ${at} within 1.5x of p50 at ${sizeName(smallest.claims)}`,
      result: grew.length
        ? `missed by ${grew.length} of ${compared.length}: ${grew
            .map(
              (q) =>
                `${q.key} ${ratio(
                  p50(q, 'service'),
                  p50(
                    smallest.questions.find((x) => x.key === q.key)!,
                    'service',
                  ),
                )}`,
            )
            .join(', ')}`
        : `met by all ${compared.length}`,
      met: grew.length === 0,
    });
  }

  const imp = largest.import;
  verdicts.push({
    target: `import >= 10,000 claims/s sustained over ${at}, importer RSS < 500 MB`,
    result: imp
      ? `${count(imp.claimsPerSecond)} claims/s over the whole run (the CLI's own figure: ${imp.cliClaimsPerSecond === null ? '–' : count(imp.cliClaimsPerSecond)}), peak RSS ${count(imp.maxRssMb)} MB`
      : (largest.importNote ?? 'not imported'),
    met: imp ? imp.claimsPerSecond >= 10_000 && imp.maxRssMb < 500 : null,
  });

  const many = core.filter((q) => (q.latency.service?.roundTrips ?? 0) > 1);
  verdicts.push({
    target: 'one round trip per root field where one statement can answer it (the floor answers each in one)',
    result: many.length
      ? `missed by ${many.length} of ${core.length}: ${many.map((q) => `${q.key} ${q.latency.service!.roundTrips}`).join(', ')}`
      : `met by all ${core.length}`,
    met: many.length === 0,
  });

  if (run.soak) {
    const s = run.soak;
    const settled = s.perMinute[0]?.rssMb ?? s.rssStartMb;
    const flat = s.rssEndMb <= settled * 1.1;
    verdicts.push({
      target: `soak (${s.minutes} min at ${s.clients} clients, ${sizeName(s.claims)}): zero errors, flat memory${s.minutes < 10 ? ' (the issue asks for 10 minutes)' : ''}`,
      result: `${count(s.totalErrors)} errors in ${count(s.totalRequests)} requests; RSS ${count(settled)} MB after the first minute, ${count(s.rssEndMb)} MB at the end`,
      met: s.totalErrors === 0 && flat && s.minutes >= 10,
    });
  } else {
    verdicts.push({
      target: 'soak: 10 minutes at 32 clients, zero errors, flat memory',
      result: 'not run (--soak)',
      met: null,
    });
  }

  return [
    '## Targets',
    '',
    '| target | result | met |',
    '| --- | --- | --- |',
    ...verdicts.map(
      (v) =>
        `| ${cell(v.target)} | ${cell(v.result)} | ${v.met === null ? 'not measured' : v.met ? 'yes' : '**no**'} |`,
    ),
  ];
}

/** Why a question is slower than the floor, from its round trips and database work. */
function whyText(q: QuestionResult): string {
  const service = q.dbHits.service;
  const trips = q.latency.service?.roundTrips;
  const parts = [`${trips ?? '?'} statements`];
  if (service && q.dbHits.floor !== null)
    parts.push(`${count(service.dbHits)} db hits vs ${count(q.dbHits.floor)}`);
  const heaviest = service?.statements.reduce(
    (a, b) => (b.dbHits > a.dbHits ? b : a),
    service.statements[0]!,
  );
  if (heaviest) parts.push(`heaviest \`${heaviest.head.slice(0, 60)}\` ${count(heaviest.dbHits)} db hits`);
  return parts.join(', ');
}

function notesSection(previous: string | null): string[] {
  const kept =
    previous && previous.includes(NOTES_START) && previous.includes(NOTES_END)
      ? previous.slice(previous.indexOf(NOTES_START) + NOTES_START.length, previous.indexOf(NOTES_END)).trim()
      : '_No notes yet._';
  return ['## Reading the figures', '', NOTES_START, '', kept, '', NOTES_END];
}

function latencyCells(l: Latency | undefined): string {
  if (!l) return '– | – | –';
  const failed = l.errors ? ` (${l.errors}/${l.runs} failed: ${l.firstError?.slice(0, 40)})` : '';
  return `${ms(l.p50)}${failed} | ${ms(l.p95)} | ${ms(l.p99)}`;
}

function sizeSection(s: SizeResult, detailed: boolean): string[] {
  const out = [`## ${sizeName(s.claims)} claims (${count(s.events)} events)`, ''];
  if (s.import) {
    out.push(
      `Import: ${count(s.import.claims)} claims in ${s.import.seconds.toFixed(1)} s = **${count(s.import.claimsPerSecond)} claims/s** (process start to exit; the CLI's own figure ${s.import.cliClaimsPerSecond === null ? '–' : count(s.import.cliClaimsPerSecond)} claims/s), importer peak RSS **${count(s.import.maxRssMb)} MB**. ` +
        `Service RSS: ${count(s.serviceRss.idleMb)} MB after start, ${count(s.serviceRss.peakMb)} MB at most under the read load.`,
      '',
    );
  } else {
    out.push(
      `Import: ${s.importNote}. Service RSS: ${count(s.serviceRss.idleMb)} MB after start, ${count(s.serviceRss.peakMb)} MB at most under the read load.`,
      '',
    );
  }
  const t = s.targets;
  out.push(
    `Asked about: busy actor \`${t.busyActor}\` (search text "${t.searchText}"), busiest town \`${t.busyTown}\` (${count(t.townEvents)} events), traced event \`${t.traceEvent}\`; the page filter keeps ${count(t.pageFilterEvents)} events; dispute scopes: the town in ${t.disputes.town.from}..${t.disputes.town.to} (${count(t.disputeScopeEvents.town)} events), the country (${count(t.disputeScopeEvents.country)} events; the service refuses scopes over 5,000).`,
    '',
  );
  out.push(
    '| question | service p50 | p95 | p99 | round trips | floor p50 | peer p50 | service / floor | service / peer | db hits service / floor | answers |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const q of s.questions) {
    if (q.skip) {
      out.push(`| ${cell(q.title)} | ${cell(q.skip)} | | | | | | | | | |`);
      continue;
    }
    const hits = q.dbHits.service
      ? `${count(q.dbHits.service.dbHits)} / ${q.dbHits.floor === null ? '–' : count(q.dbHits.floor)}`
      : '–';
    const allFailed = (l: Latency | undefined) => l !== undefined && l.errors === l.runs;
    const refused = allFailed(q.latency.service);
    const peerFailed = allFailed(q.latency.peer);
    const answers = [
      `floor: ${q.agreement.floor}`,
      ...(q.agreement.peer ? [`peer: ${q.agreement.peer}`] : []),
    ].join('; ');
    out.push(
      `| ${cell(q.title)} | ${latencyCells(q.latency.service)} | ${q.latency.service?.roundTrips ?? '–'} | ${ms(p50(q, 'floor'))} | ${latencyCells(q.latency.peer).split(' | ')[0]} | ${refused ? 'refused' : ratio(p50(q, 'service'), p50(q, 'floor'))} | ${refused || peerFailed ? '–' : ratio(p50(q, 'service'), p50(q, 'peer'))} | ${hits} | ${cell(answers.slice(0, 300))} |`,
    );
  }
  out.push(
    '',
    `Throughput (requests/s) on a mix of ${s.throughput.mixQuestions.join(', ')}, each client asking the next question as soon as it has an answer:`,
    '',
  );
  out.push(...throughputTable({ mix: s.throughput.mix }, (key) => key));
  out.push('', 'Throughput (requests/s) on one question, against the peer:', '');
  out.push(...throughputTable(s.throughput.perQuestion, (key) => key));
  if (detailed) out.push('', ...statementsSection(s));
  if (s.serviceLog)
    out.push('', 'The service logged errors during the run (last lines):', '', '```', s.serviceLog, '```');
  return out;
}

function throughputTable(
  rows: Record<string, Partial<Record<SystemName, Throughput[]>>>,
  label: (key: string) => string,
): string[] {
  const out = [
    `| | ${CLIENTS.map((c) => `service ${c}`).join(' | ')} | ${CLIENTS.map((c) => `floor ${c}`).join(' | ')} | ${CLIENTS.map((c) => `peer ${c}`).join(' | ')} | service / peer |`,
    `| --- |${' --- |'.repeat(CLIENTS.length * 3 + 1)}`,
  ];
  for (const [key, systems] of Object.entries(rows)) {
    const figures = (system: SystemName) =>
      CLIENTS.map((_, i) => {
        const t = systems[system]?.[i];
        return t ? `${t.perSecond.toFixed(1)}${t.errors ? ` (${t.errors} errors)` : ''}` : '–';
      });
    const versus = CLIENTS.map((_, i) =>
      ratio(systems.service?.[i]?.perSecond, systems.peer?.[i]?.perSecond),
    ).join(', ');
    out.push(
      `| ${label(key)} | ${[...figures('service'), ...figures('floor'), ...figures('peer')].join(' | ')} | ${versus} |`,
    );
  }
  const errors = Object.entries(rows).flatMap(([key, systems]) =>
    Object.entries(systems).flatMap(([system, levels]) =>
      (levels ?? [])
        .filter((t) => t.errors)
        .map((t) => `${key}, ${system} at ${t.clients} clients: ${t.errors} × ${t.firstError?.slice(0, 80)}`),
    ),
  );
  if (errors.length) out.push('', `Errors under load: ${errors.join('; ')}.`);
  return out;
}

/** Every statement the service ran per question, under PROFILE: where its time and work go. */
function statementsSection(s: SizeResult): string[] {
  const out = [
    `Statements the service ran for each question at ${sizeName(s.claims)} (each run again under PROFILE with the same parameters; ms is the service's own run):`,
    '',
    '| question | statement | db hits | rows | ms |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const q of s.questions) {
    for (const st of q.dbHits.service?.statements ?? []) {
      out.push(
        `| ${q.key} | \`${cell(st.head)}\` | ${st.error ? cell(st.error.slice(0, 60)) : count(st.dbHits)} | ${count(st.rows ?? 0)} | ${ms(st.ms)} |`,
      );
    }
    if (q.dbHits.floor !== null && q.dbHits.service)
      out.push(`| ${q.key} | _floor: one statement_ | ${count(q.dbHits.floor)} | | |`);
  }
  return out;
}

function soakSection(s: SoakResult): string[] {
  return [
    `## Soak: ${s.minutes} minutes at ${s.clients} clients, ${sizeName(s.claims)} claims`,
    '',
    `${count(s.totalRequests)} requests, ${count(s.totalErrors)} errors. Service RSS ${count(s.rssStartMb)} MB at the start, ${count(s.rssEndMb)} MB at the end, ${count(s.rssPeakMb)} MB at the peak.`,
    '',
    '| minute | requests | errors | service RSS MB |',
    '| --- | --- | --- | --- |',
    ...s.perMinute.map(
      (m) =>
        `| ${m.minute} | ${count(m.requests)} | ${m.errors}${m.firstError ? ` (${cell(m.firstError.slice(0, 60))})` : ''} | ${count(m.rssMb)} |`,
    ),
  ];
}

function methodSection(): string[] {
  return [
    '## How the figures are made',
    '',
    "- Data: `scripts/generate-corpus.ts` (fixed seed 20310101) writes each size into `test-artifacts/bench-corpus/`; `src/cli/import.ts` imports it as a child process into an emptied database (its peak RSS is the kernel's VmHWM).",
    '- The service runs as `npm start` does (`src/index.ts`, sample loading off) in its own process on 127.0.0.1; every request goes over HTTP through the whole GraphQL pipeline. Round trips are its `extensions.roundTrips`.',
    "- The floor answers each question with one hand-written Cypher statement (`scripts/bench/floor-statements.ts`) through neo4j-driver, in the benchmark's process; it applies the same visibility (identifying claims left out, protected sources by their label) but does not blank protected names out of quotes, which the service does in JavaScript.",
    "- The peer is @neo4j/graphql over the same graph (`scripts/bench/peer-schema.ts`), behind the same Apollo Server and Express, asked what it can express: the event page with participants and sources (offset cursors: page 1000 is SKIP 19,980), the event trace as the event's claims with their subjects, objects, places and chains, and the town's events with their participants (nested depth 2). It does no grouping, support counting, redaction of quotes or limits.",
    "- Before timing, each question's answers are compared: the service's with the floor's (whole answer), the peer's with the floor's (event ids, claim ids). The \"answers\" column says where they differ.",
    '- Latency: 3 warm-up runs, then sequential runs; p50/p95/p99 of those. Throughput: N clients asking in a loop for a fixed time.',
    "- db hits: PROFILE of the floor's statement; for the service, a second service process wraps the driver's `Transaction.run` (`scripts/bench/statement-recorder.ts`) and runs each of its statements again under PROFILE with the same parameters.",
  ];
}

export function previousReport(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
