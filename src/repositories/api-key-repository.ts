/** API keys as stored: public id, role, clearance and the hash of the secret. */
import type { QueryRunner, Row } from '../neo4j/database.js';
import type { Role } from '../auth/principal.js';

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  cleared: boolean;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

export interface StoredApiKey {
  id: string;
  name: string;
  role: Role;
  cleared: boolean;
  secretHash: string;
  revokedAt: string | null;
}

export class ApiKeyRepository {
  constructor(private readonly db: QueryRunner) {}

  async create(key: {
    id: string;
    name: string;
    role: Role;
    cleared: boolean;
    secretHash: string;
    createdBy: string;
  }): Promise<ApiKeyRecord> {
    const [row] = await this.db.write('auth/createApiKey', key);
    return toRecord(row!);
  }

  async find(id: string): Promise<StoredApiKey | null> {
    const [row] = await this.db.read('auth/getApiKey', { id });
    return row
      ? { ...grantOf(row), secretHash: String(row.secretHash), revokedAt: textOrNull(row.revokedAt) }
      : null;
  }

  async list(): Promise<ApiKeyRecord[]> {
    return (await this.db.read('auth/listApiKeys')).map(toRecord);
  }

  /** Null when there is no such key. */
  async revoke(id: string, revokedBy: string): Promise<ApiKeyRecord | null> {
    const [row] = await this.db.write('auth/revokeApiKey', { id, revokedBy });
    return row ? toRecord(row) : null;
  }
}

function toRecord(row: Row): ApiKeyRecord {
  return {
    ...grantOf(row),
    createdBy: String(row.createdBy),
    createdAt: String(row.createdAt),
    revokedAt: textOrNull(row.revokedAt),
    revokedBy: textOrNull(row.revokedBy),
  };
}

/** Which key, and what it grants. */
function grantOf(row: Row): Pick<ApiKeyRecord, 'id' | 'name' | 'role' | 'cleared'> {
  return {
    id: String(row.id),
    name: String(row.name),
    role: row.role as Role,
    cleared: row.cleared === true,
  };
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
