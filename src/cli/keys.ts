/**
 * `npm run keys -- <command>`: creates, lists and revokes API keys. A key is printed once, when it
 * is created; the database keeps only its hash. Uses the same database as `npm run import` (the
 * running service's, when there is one).
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { mintApiKey } from '../auth/api-keys.js';
import { ROLES, type Role } from '../auth/principal.js';
import { loadConfig } from '../config.js';
import { ApiKeyRepository, type ApiKeyRecord } from '../repositories/api-key-repository.js';
import { openCliDatabase } from './cli-database.js';

const USAGE = `usage:
  npm run keys -- create --name <who or what> --role <${ROLES.join('|')}> [--cleared] [--by <your name>]
  npm run keys -- list
  npm run keys -- revoke <key id> [--by <your name>]
--cleared  the key may see protected records (a grant of its own, whatever the role)
--by       who does this, for the record (default: your login name)`;

interface Command {
  run(keys: ApiKeyRepository): Promise<number>;
}

/** Reads the command line; a string is a usage error to print. */
function parseCommand(argv: string[]): Command | string {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      cleared: { type: 'boolean', default: false },
      by: { type: 'string', default: userInfo().username },
    },
  });
  const [command, ...rest] = positionals;
  const by = values.by!;
  if (command === 'create' && rest.length === 0) {
    const role = values.role?.toLowerCase();
    if (!values.name?.trim()) return 'create needs --name';
    if (!role || !(ROLES as readonly string[]).includes(role))
      return `--role must be one of ${ROLES.join(', ')}`;
    return { run: (keys) => createKey(keys, values.name!.trim(), role as Role, values.cleared!, by) };
  }
  if (command === 'list' && rest.length === 0) return { run: listKeys };
  if (command === 'revoke' && rest.length === 1) return { run: (keys) => revokeKey(keys, rest[0]!, by) };
  return 'unknown command';
}

async function createKey(keys: ApiKeyRepository, name: string, role: Role, cleared: boolean, by: string) {
  const minted = mintApiKey();
  await keys.create({ id: minted.id, name, role, cleared, secretHash: minted.secretHash, createdBy: by });
  console.error(`Created key ${minted.id} for ${name}: ${role}${cleared ? ', cleared' : ''}.`);
  console.error('It is shown only now; send it as "Authorization: Bearer <key>":');
  console.log(minted.key);
  return 0;
}

async function listKeys(keys: ApiKeyRepository) {
  const all = await keys.list();
  if (all.length === 0) console.error('No API keys yet: npm run keys -- create --name ... --role ...');
  for (const key of all) console.log(describe(key));
  return 0;
}

async function revokeKey(keys: ApiKeyRepository, id: string, by: string) {
  const key = await keys.revoke(id, by);
  if (!key) {
    console.error(`No key with id ${id} (npm run keys -- list shows them)`);
    return 1;
  }
  console.log(describe(key));
  return 0;
}

function describe(key: ApiKeyRecord): string {
  const grant = `${key.role}${key.cleared ? ', cleared' : ''}`;
  const state = key.revokedAt ? `revoked ${key.revokedAt} by ${key.revokedBy}` : 'active';
  return `${key.id}  ${key.name}  (${grant})  created ${key.createdAt} by ${key.createdBy}  ${state}`;
}

async function main(argv: string[]): Promise<number> {
  let command: Command | string;
  try {
    command = parseCommand(argv);
  } catch (error) {
    command = (error as Error).message;
  }
  if (typeof command === 'string') {
    console.error(`${command}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const database = await openCliDatabase(config);
  try {
    return await command.run(new ApiKeyRepository(database.db));
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`keys: ${(error as Error).message}`);
    process.exit(1);
  },
);
