/** The README's example queries answer exactly what the README prints. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/import-dataset.js';
import { readmeExamples } from '../helpers/readme.js';
import { loadSample, startTestService, type TestService } from '../helpers/service.js';

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
  await loadSample(service.db);
  for (const name of ['tessel-relays', 'dunmore-tolls']) {
    await importFile(service.db, new URL(`../fixtures/${name}.json`, import.meta.url).pathname);
  }
});

afterAll(async () => {
  await service.close();
});

describe('README examples', () => {
  const examples = readmeExamples();

  it('has the analyst questions', () => {
    expect(examples.map((e) => e.name)).toEqual([
      'FaresOnQusour',
      'CivilianToll',
      'Blame',
      'BlameAndToll',
      'IndependentSupport',
      'TollAsOfSecondDay',
      'TollWithoutGovernment',
    ]);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s prints its real output', async (_, example) => {
    const result = await service.query(example.query);
    expect(result.errors).toBeUndefined();
    expect({ data: result.data }).toEqual(example.printed);
  });
});
