/**
 * The peer: @neo4j/graphql 7 serving PEER_TYPE_DEFS over the same database, behind the same
 * HTTP stack as the service (Apollo Server 5 on Express 5), so that the comparison is of what
 * each does between HTTP and Neo4j. Run by the benchmark as a child process:
 * NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and PORT come from its environment.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './peer-schema.js';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
};

const driver = neo4j.driver(env('NEO4J_URI'), neo4j.auth.basic(env('NEO4J_USER'), env('NEO4J_PASSWORD')));
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
const apollo = new ApolloServer({ schema });
await apollo.start();
const app = express();
app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});
app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
const server = app.listen(Number(env('PORT')), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void apollo.stop().then(() => driver.close());
});
