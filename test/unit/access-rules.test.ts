import { describe, expect, it } from 'vitest';
import { accessRulesOf } from '../../src/auth/access-rules.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

const DIRECTIVE = `
  directive @access(role: AccessRole!, cleared: Boolean = false) on OBJECT | FIELD_DEFINITION
  enum AccessRole { VIEWER ANALYST EDITOR ADMIN }
`;

describe('access rules', () => {
  it('give every field of the schema a rule, a field rule winning over its type', () => {
    const rules = accessRulesOf(loadTypeDefs());
    expect(rules.get('Query.events')).toEqual({ role: 'viewer', cleared: false });
    expect(rules.get('Mutation.addClaim')).toEqual({ role: 'analyst', cleared: false });
    expect(rules.get('Mutation.linkClaims')).toEqual({ role: 'editor', cleared: false });
    expect(rules.get('Query.auditTrail')).toEqual({ role: 'admin', cleared: true });
  });

  it('refuse a schema with a field that has no rule, naming it', () => {
    const typeDefs = `${DIRECTIVE}
      type Query @access(role: VIEWER) { a: Int }
      type Secret { b: Int, c: Int @access(role: ADMIN) }
      extend type Query { secret: Secret }`;
    expect(() => accessRulesOf(typeDefs)).toThrow(/these have none: Secret\.b$/);
  });

  it('refuse a rule naming a role that does not exist', () => {
    const typeDefs = `directive @access(role: String!) on OBJECT
      type Query @access(role: "ROOT") { a: Int }`;
    expect(() => accessRulesOf(typeDefs)).toThrow(/unknown role/);
  });
});
