/** The audit trail, for admins. */
import { auditTrail } from '../../services/audit-trail.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const auditResolvers: Resolvers = {
  Query: {
    auditTrail: (_, args, ctx) => auditTrail(ctx, args),
  },
  AuditRecord: {
    who: (record) => ({ id: record.principalId, name: record.principalName }),
    action: (record) => record.action as never,
  },
};
