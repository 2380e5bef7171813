import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../../context.js#RequestContext',
        scalars: {
          Date: 'string',
          DateTime: 'string',
          SafeInt: 'number',
        },
        // Resolvers receive repository records, not GraphQL shapes.
        mappers: {
          Node: '../../repositories/records.js#NodeRecord',
          Entity: '../../repositories/records.js#EntityRecord',
          Actor: '../../repositories/records.js#EntityRecord',
          Faction: '../../repositories/records.js#EntityRecord',
          Place: '../../repositories/records.js#EntityRecord',
          Event: '../../repositories/records.js#EntityRecord',
          Source: '../../repositories/records.js#SourceRecord',
          Claim: '../../repositories/records.js#ClaimRecord',
          Alias: '../../repositories/records.js#AliasRecord',
          Participation: '../../services/trace.js#ParticipationModel',
          EventRole: '../../services/trace.js#EventRoleModel',
          PlaceAssertion: '../../services/trace.js#PlaceAssertionModel',
          TimeAssertion: '../../services/trace.js#TimeAssertionModel',
          Accusation: '../../services/trace.js#AccusationModel',
          Membership: '../../services/trace.js#MembershipModel',
          SearchHit: '../../repositories/records.js#SearchHitRecord',
          VerificationStep: '../../repositories/records.js#VerificationStepRecord',
          Count: '../../repositories/records.js#CountRecord',
          Support: '../../services/corroboration.js#SupportModel',
          IndependentSpeaker: '../../services/corroboration.js#SpeakerGroup',
          Dispute: '../../services/corroboration.js#DisputeModel',
          AccusedSide: '../../services/provenance.js#AccusedSideModel',
          Total: '../../services/totals.js#TotalModel',
          GraphNode: '../../services/exploration.js#GraphNodeModel',
          GraphEdge: '../../services/exploration.js#GraphEdgeModel',
          Subgraph: '../../services/exploration.js#SubgraphModel',
          GraphPath: '../../services/exploration.js#PathModel',
          EventConnection: '../../services/pagination.js#EntityConnectionModel',
          EntityConnection: '../../services/pagination.js#EntityConnectionModel',
          SourceConnection: '../../services/pagination.js#SourceConnectionModel',
          ClaimConnection: '../../services/pagination.js#ClaimConnectionModel',
          AuditRecord: '../../repositories/audit-repository.js#AuditEntry',
          AuditRecordConnection: '../../services/audit-trail.js#AuditRecordConnectionModel',
          DuplicatePair: '../../services/duplicates.js#DuplicatePairModel',
          DuplicatePairConnection: '../../services/duplicates.js#DuplicatePairConnectionModel',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
