/**
 * GraphiQL served from the installed packages, so the explorer works without internet access
 * (Apollo's default landing page loads its code from a CDN).
 */
import express, { type Router } from 'express';
import { packageFile } from './package-files.js';

/** [package, file inside it] for each asset the page loads. */
const ASSETS: Record<string, [string, string]> = {
  'react.js': ['react', 'umd/react.production.min.js'],
  'react-dom.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.css': ['graphiql', 'graphiql.min.css'],
};

const EXAMPLE_QUERY = `# Who took part in the raids on al-Qusour, according to whom?
query Trace {
  event(id: "event:qusour-raids") {
    name
    participants {
      role
      participant { ... on Actor { name } ... on Faction { name } }
      claims { quote chain { name } verification }
    }
  }
}
`;

export function graphiqlRouter(graphqlPath: string): Router {
  const router = express.Router();
  for (const [name, [pkg, file]] of Object.entries(ASSETS)) {
    const full = packageFile(pkg, file);
    router.get(`/graphiql/${name}`, (_req, res) => {
      res.sendFile(full, { maxAge: '1d' });
    });
  }
  router.get(graphqlPath, (req, res, next) => {
    // Browsers asking for the page get GraphiQL; GET queries from clients go on to Apollo.
    if (req.query.query !== undefined || req.accepts(['json', 'html']) !== 'html') {
      next();
      return;
    }
    res.type('html').send(page(graphqlPath));
  });
  return router;
}

function page(graphqlPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>claimgraph · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)} }),
    );
  </script>
</body>
</html>
`;
}
