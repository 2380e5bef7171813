/** API keys for tests, stored as the keys CLI stores them. */
import { mintApiKey } from '../../src/auth/api-keys.js';
import type { Role } from '../../src/auth/principal.js';
import type { Database } from '../../src/neo4j/database.js';
import { ApiKeyRepository } from '../../src/repositories/api-key-repository.js';

/** Stores a new key and returns it whole, as its holder would send it. */
export async function createTestKey(
  db: Database,
  role: Role,
  options: { cleared?: boolean } = {},
): Promise<string> {
  const minted = mintApiKey();
  await new ApiKeyRepository(db).create({
    id: minted.id,
    name: `test ${role}${options.cleared ? ' (cleared)' : ''}`,
    role,
    cleared: options.cleared ?? false,
    secretHash: minted.secretHash,
    createdBy: 'test setup',
  });
  return minted.key;
}
