import { accessRulesOf, guardedByAccessRules } from '../../auth/access-rules.js';
import { loadTypeDefs } from '../schema.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { auditResolvers } from './audit.js';
import { claimResolvers } from './claims-and-sources.js';
import { entityResolvers } from './entities.js';
import { explorationResolvers } from './exploration.js';
import { mergeResolvers } from './merges.js';
import { mutationResolvers } from './mutation.js';
import { provenanceResolvers } from './provenance.js';
import { queryResolvers } from './query.js';
import { scopedToRootField } from './scoped-to-root-field.js';
import { DateScalar, DateTimeScalar, SafeIntScalar } from './scalars.js';
import { traceResolvers } from './trace-types.js';

/**
 * Every field's @access rule (schema/) checked before it resolves; loading this module fails, and
 * so the service does not start, when a field of the schema has no rule.
 */
export const resolvers: Resolvers = guardedByAccessRules(
  scopedToRootField({
    Date: DateScalar,
    DateTime: DateTimeScalar,
    SafeInt: SafeIntScalar,
    ...traceResolvers,
    ...provenanceResolvers,
    ...explorationResolvers,
    Query: {
      ...queryResolvers.Query,
      ...provenanceResolvers.Query,
      ...explorationResolvers.Query,
      ...auditResolvers.Query,
      ...mergeResolvers.Query,
    },
    AuditRecord: auditResolvers.AuditRecord,
    Mutation: { ...mutationResolvers.Mutation, ...provenanceResolvers.Mutation, ...mergeResolvers.Mutation },
    DuplicatePair: mergeResolvers.DuplicatePair,
    Claim: { ...claimResolvers.Claim, ...provenanceResolvers.Claim },
    Source: claimResolvers.Source,
    Count: claimResolvers.Count,
    Actor: entityResolvers.Actor,
    Faction: entityResolvers.Faction,
    Place: entityResolvers.Place,
    Event: { ...entityResolvers.Event, ...provenanceResolvers.Event, ...explorationResolvers.Event },
  }),
  accessRulesOf(loadTypeDefs()),
);
