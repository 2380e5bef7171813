/** Reads actors, factions, places, events and sources by id; the raw records, before redaction. */
import type { QueryRunner, Row } from '../neo4j/database.js';
import type { EntityType } from '../domain/vocabulary.js';
import type {
  AliasRecord,
  EntityRecord,
  PublishedDetailRecord,
  SourceRecord,
  SourceRelays,
} from './records.js';

/** An entity as stored, with the public label that redaction substitutes for its name. */
export type StoredEntity = EntityRecord & { publicLabel: string | null };
export type StoredSource = SourceRecord & { publicLabel: string | null };

export interface PartsRecord {
  partIds: string[];
  ancestorIds: string[];
}

export class NodeRepository {
  constructor(private readonly db: QueryRunner) {}

  async getEntities(ids: readonly string[]): Promise<Map<string, StoredEntity>> {
    const rows = await this.db.read('node/getEntitiesByIds', { ids });
    // Keyed by the id asked for: a merged entity's old id answers the entity it was merged into.
    return new Map(rows.map((r) => [String(r.askedId), toEntity(r.entity as Row)]));
  }

  async getSources(ids: readonly string[]): Promise<Map<string, StoredSource>> {
    const rows = await this.db.read('source/getSourcesByIds', { ids });
    return new Map(rows.map((r) => [String((r.source as Row).id), toSource(r.source as Row)]));
  }

  async getRelays(ids: readonly string[]): Promise<Map<string, SourceRelays>> {
    const rows = await this.db.read('source/getRelaysBySources', { ids });
    return new Map(
      rows.map((r) => [
        String(r.id),
        { relayIds: (r.relayIds as string[]).sort(), relayedByIds: (r.relayedByIds as string[]).sort() },
      ]),
    );
  }

  async getParts(ids: readonly string[]): Promise<Map<string, PartsRecord>> {
    const rows = await this.db.read('node/getPartsByIds', { ids });
    return new Map(
      rows.map((r) => [
        String(r.id),
        { partIds: r.partIds as string[], ancestorIds: r.ancestorIds as string[] },
      ]),
    );
  }

  async listProtectedNames(): Promise<string[]> {
    const rows = await this.db.read('node/listProtectedNames');
    return (rows[0]?.names as string[] | undefined) ?? [];
  }
}

function publishedDetailsOf(r: Row): PublishedDetailRecord[] {
  return (r.publishedDetails as unknown as PublishedDetailRecord[] | null) ?? [];
}

/** An entity as cypher/fragments/entityFields returns it. */
export function toEntity(r: Row): StoredEntity {
  return {
    id: String(r.id),
    type: r.type as EntityType,
    name: String(r.name),
    description: (r.description as string | null) ?? null,
    kind: (r.kind as string | null) ?? null,
    eventType: (r.eventType as string | null) ?? null,
    protected: Boolean(r.protected),
    publicLabel: (r.publicLabel as string | null) ?? null,
    publishedDetails: publishedDetailsOf(r),
    location: (r.location as EntityRecord['location']) ?? null,
    partOfId: (r.partOfId as string | null) ?? null,
    firstDate: (r.firstDate as string | null) ?? null,
    lastDate: (r.lastDate as string | null) ?? null,
    aliases: ((r.aliases as unknown as AliasRecord[] | null) ?? []).sort((a, b) =>
      a.name.localeCompare(b.name),
    ),
  };
}

/** A source as cypher/fragments/sourceFields returns it. */
export function toSource(r: Row): StoredSource {
  return {
    id: String(r.id),
    type: 'Source',
    name: String(r.name),
    kind: r.kind as SourceRecord['kind'],
    form: r.form as SourceRecord['form'],
    protected: Boolean(r.protected),
    publicLabel: (r.publicLabel as string | null) ?? null,
    publishedDetails: publishedDetailsOf(r),
    author: (r.author as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    publishedOn: (r.publishedOn as string | null) ?? null,
    description: (r.description as string | null) ?? null,
    reliability: (r.reliability as unknown as SourceRecord['reliability']) ?? null,
    speakerId: (r.speakerId as string | null) ?? null,
  };
}
