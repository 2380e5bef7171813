/**
 * The first pass of an import: checks records as they stream past, before anything is written.
 * Each record is checked against the records seen so far; a reference to a record not seen yet
 * (later in the file, or in the graph) waits until the end, when the graph is asked about every
 * id still unknown. Every problem is kept, so one run reports them all.
 *
 * Memory, so that a file of millions of records can be checked: one Map entry per id the file
 * defines (the id string and one number for its type and position: about 85 bytes a record in
 * V8, measured as 91 MB for the 1.07 million records of a million-claim corpus), the
 * publication dates of sources, and references to records not seen yet, grouped by target with
 * at most a few paths each. Nothing else of a record is kept once it has been checked.
 */
import { PREDICATE_RULES, type RecordType } from '../domain/predicate-rules.js';
import { resolveTimeSpan, TimePhraseError } from '../domain/time-span.js';
import type { InputIssue } from '../errors.js';
import type { ClaimInput, EntityInput, SourceInput, TimeInput } from './dataset-schema.js';
import { recordIdentity, type ReadItem } from './dataset-records.js';

export interface KnownRecord {
  /** Null for an entity merged into another (a tombstone): its id is taken, but not usable. */
  type: RecordType | null;
  publishedOn: string | null;
  /** For a tombstone, the entity it was merged into. */
  mergedInto?: string | null;
}

/** What the graph holds of some ids. */
export interface GraphLookup {
  find(ids: string[]): Promise<Map<string, KnownRecord>>;
  isEmpty(): Promise<boolean>;
}

export interface CheckOptions {
  /**
   * Records are new (editors add; only imports update): an id the graph holds is not checked
   * here, the write refuses it (CONFLICT), as it refuses an id another writer takes meanwhile.
   */
  createOnly?: boolean;
  /** Where the record at an ordinal is, for problems found after the pass. */
  whereOf: (ordinal: number) => string;
  /** Problems kept and listed; the rest are counted. */
  maxIssues?: number;
}

export interface RecordCounts {
  sources: number;
  entities: number;
  aliases: number;
  /** Places and events: each has its containment replaced. */
  containment: number;
  claims: number;
  /** Claims that refer to other claims (about, supports, contradicts). */
  claimLinks: number;
}

export interface CheckResult {
  issues: InputIssue[];
  /** Records of the file not yet in the graph. */
  created: { sources: number; entities: number; claims: number };
  /** Publication dates of the sources in the file and of those it cites from the graph. */
  publishedOn: Map<string, string | null>;
  /** Events whose derived dates must be refreshed: those in the file and those it cites. */
  eventIds: string[];
  counts: RecordCounts;
  /** The ids the dataset defines, for its audit record; null when there are over AUDITED_IDS. */
  recordIds: string[] | null;
}

/** Ids an import's audit record lists; a larger import is recorded as touching every record. */
export const AUDITED_IDS = 10_000;

const TYPES: readonly RecordType[] = ['Source', 'Actor', 'Faction', 'Place', 'Event', 'Claim'];
/** A record that did not parse: references to it are not reported again. */
const UNKNOWN = TYPES.length;
const LOOKUP_CHUNK = 10_000;
/** Paths kept per target and expected type of references still to be resolved. */
const PATHS_KEPT = 5;

interface Pending {
  ordinal: number;
  allowed: readonly RecordType[];
  paths: string[];
  more: number;
}

interface PendingTime {
  ordinal: number;
  source: string;
  time: TimeInput;
  paths: string[];
  more: number;
}

type Ordered = InputIssue & { ordinal: number };

export class RecordChecker {
  /** id → position * 8 + type code. */
  private readonly defined = new Map<string, number>();
  private readonly publishedOn = new Map<string, string | null>();
  private readonly pendingRefs = new Map<string, Map<string, Pending>>();
  private readonly pendingTimes = new Map<string, PendingTime>();
  private readonly issues: Ordered[] = [];
  private dropped = 0;
  readonly counts: RecordCounts = {
    sources: 0,
    entities: 0,
    aliases: 0,
    containment: 0,
    claims: 0,
    claimLinks: 0,
  };

  constructor(private readonly options: CheckOptions) {}

  add(item: ReadItem): void {
    for (const issue of item.issues) this.report(item.ordinal, issue.path, issue.message);
    if (item.record) {
      const { id, type } = recordIdentity(item.record);
      this.define(item.where, item.ordinal, id, TYPES.indexOf(type));
      const at = { where: item.where, id, ordinal: item.ordinal };
      if (item.record.kind === 'source') this.checkSource(at, item.record.value);
      else if (item.record.kind === 'entity') this.checkEntity(at, item.record.value);
      else this.checkClaim(at, item.record.value);
    } else if (item.declared) {
      const { id, type } = item.declared;
      this.define(item.where, item.ordinal, id, type === null ? UNKNOWN : TYPES.indexOf(type));
    }
  }

  async finish(graph: GraphLookup): Promise<CheckResult> {
    const unknownIds = [...this.pendingRefs.keys()].filter((id) => !this.defined.has(id));
    // Ids the file defines are looked up too (a clash of types, or createOnly), unless the
    // graph is empty: a first import of millions of records need not ask about each.
    const checkDefined = this.defined.size <= LOOKUP_CHUNK || !(await graph.isEmpty());
    const ids = checkDefined ? [...unknownIds, ...this.defined.keys()] : unknownIds;
    const existing = new Map<string, KnownRecord>();
    const eventIds: string[] = [];
    const { sources, entities, claims } = this.counts;
    const created = { sources, entities, claims };
    for (let start = 0; start < ids.length; start += LOOKUP_CHUNK) {
      for (const [id, known] of await graph.find(ids.slice(start, start + LOOKUP_CHUNK))) {
        const code = this.defined.get(id);
        if (code === undefined) {
          existing.set(id, known);
          if (known.type === 'Source') this.publishedOn.set(id, known.publishedOn);
          if (known.type === 'Event') eventIds.push(id);
        } else {
          this.checkAgainstGraph(id, code, known);
          const kind = known.type === 'Source' ? 'sources' : known.type === 'Claim' ? 'claims' : 'entities';
          created[kind] -= 1;
        }
      }
    }
    this.resolvePendingReferences(existing);
    this.resolvePendingTimes();
    for (const [id, code] of this.defined) if (code % 8 === TYPES.indexOf('Event')) eventIds.push(id);

    const issues: InputIssue[] = this.issues
      .sort((a, b) => a.ordinal - b.ordinal)
      .map(({ path, message }) => ({ path, message }));
    if (this.dropped)
      issues.push({ path: '(more)', message: `and ${this.dropped} more problems not listed` });
    const recordIds = this.defined.size <= AUDITED_IDS ? [...this.defined.keys()] : null;
    return { issues, created, publishedOn: this.publishedOn, eventIds, counts: this.counts, recordIds };
  }

  private define(where: string, ordinal: number, id: string, code: number): void {
    if (this.defined.has(id)) {
      this.report(ordinal, `${where} (${id}).id`, `id ${id} is defined twice in this file`);
      return;
    }
    this.defined.set(id, ordinal * 8 + code);
  }

  private checkAgainstGraph(id: string, code: number, known: KnownRecord): void {
    const ordinal = Math.floor(code / 8);
    const path = `${this.options.whereOf(ordinal)} (${id}).id`;
    if (this.options.createOnly) return;
    if (known.type === null) {
      this.report(ordinal, path, mergedMessage(id, known));
    } else if (code % 8 !== UNKNOWN && TYPES[code % 8] !== known.type) {
      this.report(ordinal, path, `id ${id} already belongs to a ${known.type} in the graph`);
    }
  }

  private checkSource(at: At, source: SourceInput): void {
    this.counts.sources += 1;
    this.publishedOn.set(source.id, source.publishedOn ?? null);
    if (source.speaker) this.expect(at, 'speaker', source.speaker, ['Actor', 'Faction']);
    source.relays.forEach((id, j) =>
      id === source.id
        ? this.reportAt(at, `relays[${j}]`, 'a source cannot relay itself')
        : this.expect(at, `relays[${j}]`, id, ['Source']),
    );
  }

  private checkEntity(at: At, entity: EntityInput): void {
    this.counts.entities += 1;
    this.counts.aliases += entity.aliases.length;
    entity.aliases.forEach((a, j) => this.expect(at, `aliases[${j}].source`, a.source, ['Source']));
    if (entity.type === 'Place' || entity.type === 'Event') {
      this.counts.containment += 1;
      if (entity.partOf === entity.id) this.reportAt(at, 'partOf', 'a record cannot be part of itself');
      else if (entity.partOf) this.expect(at, 'partOf', entity.partOf, [entity.type]);
    }
  }

  private checkClaim(at: At, claim: ClaimInput): void {
    this.counts.claims += 1;
    const rule = PREDICATE_RULES[claim.predicate];
    claim.chain.forEach((id, j) => this.expect(at, `chain[${j}]`, id, ['Source']));
    if (claim.subject) this.expect(at, 'subject', claim.subject, rule.subject);
    if (claim.object) {
      if (rule.object) this.expect(at, 'object', claim.object, rule.object);
      else this.reportAt(at, 'object', `${claim.predicate} takes no object`);
    }
    claim.places.forEach((id, j) => this.expect(at, `places[${j}]`, id, ['Place']));
    let linksClaims = false;
    for (const field of ['about', 'supports', 'contradicts'] as const) {
      claim[field].forEach((id, j) => {
        linksClaims = true;
        if (id === claim.id) this.reportAt(at, `${field}[${j}]`, 'a claim cannot refer to itself');
        else this.expect(at, `${field}[${j}]`, id, ['Claim']);
      });
    }
    if (linksClaims) this.counts.claimLinks += 1;
    if (claim.time) this.checkTime(at, claim);
  }

  /** A time phrase is resolved against the claim's date, or else its publisher's. */
  private checkTime(at: At, claim: ClaimInput): void {
    const time = claim.time!;
    if (time.start !== undefined || time.anchor !== undefined || claim.saidOn !== undefined) {
      this.resolveTime(at.ordinal, `${at.where} (${at.id}).time`, time, claim.saidOn ?? null);
      return;
    }
    const source = claim.chain[0]!;
    if (this.publishedOn.has(source)) {
      this.resolveTime(at.ordinal, `${at.where} (${at.id}).time`, time, this.publishedOn.get(source)!);
      return;
    }
    // The publisher comes later in the file or is in the graph: the same phrase from the same
    // publisher resolves the same way, so one entry serves them all.
    const key = `${source}\u0000${time.phrase}`;
    const pending = this.pendingTimes.get(key);
    const path = `${at.where} (${at.id}).time`;
    if (!pending) this.pendingTimes.set(key, { ordinal: at.ordinal, source, time, paths: [path], more: 0 });
    else if (pending.paths.length < PATHS_KEPT) pending.paths.push(path);
    else pending.more += 1;
  }

  private resolveTime(
    ordinal: number,
    path: string,
    time: TimeInput,
    anchor: string | null,
    suffix = '',
  ): void {
    try {
      resolveTimeSpan(time, anchor ?? undefined);
    } catch (error) {
      if (!(error instanceof TimePhraseError)) throw error;
      this.report(ordinal, path, error.message + suffix);
    }
  }

  private expect(at: At, field: string, target: string, allowed: readonly RecordType[]): void {
    const code = this.defined.get(target);
    if (code !== undefined) {
      this.checkType(at.ordinal, () => `${at.where} (${at.id}).${field}`, target, code % 8, allowed);
      return;
    }
    let byAllowed = this.pendingRefs.get(target);
    if (!byAllowed) this.pendingRefs.set(target, (byAllowed = new Map()));
    const key = allowed.join('|');
    const pending = byAllowed.get(key);
    const path = `${at.where} (${at.id}).${field}`;
    if (!pending) byAllowed.set(key, { ordinal: at.ordinal, allowed, paths: [path], more: 0 });
    else if (pending.paths.length < PATHS_KEPT) pending.paths.push(path);
    else pending.more += 1;
  }

  private checkType(
    ordinal: number,
    path: () => string,
    target: string,
    code: number,
    allowed: readonly RecordType[],
  ): void {
    if (code === UNKNOWN || allowed.includes(TYPES[code]!)) return;
    this.report(ordinal, path(), `${target} is a ${TYPES[code]}; expected ${allowed.join(' or ')}`);
  }

  private resolvePendingReferences(existing: Map<string, KnownRecord>): void {
    for (const [target, byAllowed] of this.pendingRefs) {
      const code = this.defined.get(target);
      const known = existing.get(target);
      for (const pending of byAllowed.values()) {
        const paths = [...pending.paths];
        const more = pending.more ? ` (and ${pending.more} more references to it)` : '';
        for (const [index, path] of paths.entries()) {
          const suffix = index === paths.length - 1 ? more : '';
          if (code !== undefined) {
            this.checkType(pending.ordinal, () => path + suffix, target, code % 8, pending.allowed);
          } else if (!known) {
            this.report(pending.ordinal, path, `${target} is neither in this file nor in the graph${suffix}`);
          } else if (known.type === null) {
            this.report(pending.ordinal, path, mergedMessage(target, known) + suffix);
          } else if (!pending.allowed.includes(known.type)) {
            this.report(
              pending.ordinal,
              path,
              `${target} is a ${known.type}; expected ${pending.allowed.join(' or ')}${suffix}`,
            );
          }
        }
      }
    }
    this.pendingRefs.clear();
  }

  private resolvePendingTimes(): void {
    for (const pending of this.pendingTimes.values()) {
      // A chain that does not start at a source is reported as such; there is no date to use.
      if (!this.publishedOn.has(pending.source)) continue;
      const anchor = this.publishedOn.get(pending.source)!;
      const more = pending.more ? ` (and ${pending.more} more claims)` : '';
      pending.paths.forEach((path, index) =>
        this.resolveTime(
          pending.ordinal,
          path,
          pending.time,
          anchor,
          index === pending.paths.length - 1 ? more : '',
        ),
      );
    }
    this.pendingTimes.clear();
  }

  private reportAt(at: At, field: string, message: string): void {
    this.report(at.ordinal, `${at.where} (${at.id}).${field}`, message);
  }

  private report(ordinal: number, path: string, message: string): void {
    if (this.issues.length < (this.options.maxIssues ?? 1000)) this.issues.push({ ordinal, path, message });
    else this.dropped += 1;
  }
}

interface At {
  where: string;
  id: string;
  ordinal: number;
}

/** An id that names an entity merged into another: the data should use the kept one. */
function mergedMessage(id: string, known: KnownRecord): string {
  const kept = known.mergedInto ?? 'another entity';
  return `${id} was merged into ${kept}; use ${kept} instead`;
}
