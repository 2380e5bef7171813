/**
 * Converts Neo4j driver values into plain JavaScript at the repository edge, so that nothing
 * above it sees a driver type: Integer → number, temporal values → ISO strings,
 * Point → { latitude, longitude }.
 */
import neo4j from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    // Counts beyond 2^53 do not occur in this graph; refuse them loudly rather than round.
    if (!neo4j.integer.inSafeRange(value))
      throw new RangeError(`integer ${value.toString()} is out of safe range`);
    return value.toNumber();
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value as Plain;
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return neo4jTemporalToString(value);
  }
  if (neo4j.isPoint(value)) {
    // WGS-84 points keep x as longitude and y as latitude.
    return { latitude: value.y, longitude: value.x };
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  const out: Record<string, Plain> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

function neo4jTemporalToString(value: { toString(): string }): string {
  const text = value.toString();
  // DateTime strings carry the zone as "Z" already; dates are plain YYYY-MM-DD.
  return text;
}

/** JavaScript numbers reach Cypher as floats; LIMIT and list slices need integers. */
export function cypherInteger(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}
