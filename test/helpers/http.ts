/** The whole HTTP application on a free local port, for tests that go through HTTP. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import type { Database } from '../../src/neo4j/database.js';
import { createApp } from '../../src/server.js';

export interface RunningApp {
  /** http://127.0.0.1:<port> */
  base: string;
  close(): Promise<void>;
}

export async function listenHttp(db: Database, config: Config = loadConfig({})): Promise<RunningApp> {
  const { app, apollo } = await createApp({ db, config, logger: createLogger('silent') });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((r) => server.close(r));
      await apollo.stop();
    },
  };
}
