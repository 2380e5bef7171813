/**
 * Keeps the parts of the project that must agree in step: the vocabularies in TypeScript and the
 * GraphQL enums, the predicate rules and the predicates, the generated query names and the
 * .cypher files, and the header every query file carries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PREDICATE_RULES } from '../../src/domain/predicate-rules.js';
import * as vocabulary from '../../src/domain/vocabulary.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { CYPHER_DIR, listStatementNames } from '../../src/neo4j/queries.js';

const schema = buildSchema(loadTypeDefs());

const PAIRS: [keyof typeof vocabulary, string][] = [
  ['SOURCE_KINDS', 'SourceKind'],
  ['SOURCE_FORMS', 'SourceForm'],
  ['RELIABILITY_GRADES', 'ReliabilityGrade'],
  ['ACTOR_KINDS', 'ActorKind'],
  ['FACTION_KINDS', 'FactionKind'],
  ['PLACE_KINDS', 'PlaceKind'],
  ['EVENT_TYPES', 'EventType'],
  ['PREDICATES', 'Predicate'],
  ['ROLES', 'Role'],
  ['COUNT_MEASURES', 'CountMeasure'],
  ['COUNT_UNITS', 'CountUnit'],
  ['COUNT_QUALIFIERS', 'CountQualifier'],
  ['VERIFICATION_STATUSES', 'VerificationStatus'],
  ['TIME_PRECISIONS', 'TimePrecision'],
];

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`schema/ has no enum ${name}`);
  return type.getValues().map((v) => v.name);
}

describe('vocabulary ↔ GraphQL enums', () => {
  it.each(PAIRS)('%s has the same members as enum %s', (constant, enumName) => {
    const members = vocabulary[constant] as readonly unknown[];
    expect(Array.isArray(members)).toBe(true);
    expect([...new Set(members)].sort()).toEqual([...members].sort()); // no duplicates
    expect([...enumValues(enumName)].sort()).toEqual([...members].map(String).sort());
  });

  it('EntityType lists the entity types', () => {
    expect([...enumValues('EntityType')].sort()).toEqual(
      vocabulary.ENTITY_TYPES.map((t) => t.toUpperCase()).sort(),
    );
  });
});

describe('predicate rules', () => {
  it('has a rule for every predicate and none for anything else', () => {
    expect(Object.keys(PREDICATE_RULES).sort()).toEqual([...vocabulary.PREDICATES].sort());
  });

  it('gives an object rule to exactly the entity-to-entity predicates', () => {
    const withObject = Object.entries(PREDICATE_RULES)
      .filter(([, rule]) => rule.object !== undefined)
      .map(([predicate]) => predicate);
    expect(withObject.sort()).toEqual([...vocabulary.ENTITY_OBJECT_PREDICATES].sort());
  });
});

describe('cypher files', () => {
  const queryNames = listStatementNames();

  it('finds the query files', () => {
    expect(queryNames.length).toBeGreaterThan(0);
    expect(queryNames).toContain('search/searchNames');
  });

  it('match the generated QueryName list exactly (run `npm run codegen` after adding a file)', () => {
    const generated = readFileSync(
      new URL('../../src/neo4j/query-names.generated.ts', import.meta.url),
      'utf8',
    );
    const union = /export type QueryName\s*=([^;]*);/.exec(generated);
    expect(union, 'the generated file declares QueryName').not.toBeNull();
    const listed = [...union![1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...queryNames].sort());
  });

  it('start with a // header comment that documents Parameters and Returns', () => {
    const problems: string[] = [];
    for (const name of queryNames) {
      const text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
      const lines = text.split(/\r?\n/);
      if (!lines[0]?.startsWith('//')) {
        problems.push(`${name}: does not start with a // comment`);
        continue;
      }
      const end = lines.findIndex((l) => !l.startsWith('//'));
      const header = lines.slice(0, end === -1 ? lines.length : end).join('\n');
      if (!header.includes('Parameters:')) problems.push(`${name}: header lacks "Parameters:"`);
      if (!header.includes('Returns:')) problems.push(`${name}: header lacks "Returns:"`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
