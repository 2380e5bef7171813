import type { Resolvers } from '../generated/resolvers-types.js';
import { claimResolvers } from './claims-and-sources.js';
import { entityResolvers } from './entities.js';
import { mutationResolvers } from './mutation.js';
import { queryResolvers } from './query.js';
import { DateScalar, DateTimeScalar, SafeIntScalar } from './scalars.js';
import { traceResolvers } from './trace-types.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  SafeInt: SafeIntScalar,
  ...queryResolvers,
  ...mutationResolvers,
  ...entityResolvers,
  ...claimResolvers,
  ...traceResolvers,
};
