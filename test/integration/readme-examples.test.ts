/** The README's example queries answer exactly what the README prints. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeExamples } from '../helpers/readme.js';
import { loadSample, startTestService, type TestService } from '../helpers/service.js';

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
  await loadSample(service.db);
});

afterAll(async () => {
  await service.close();
});

describe('README examples', () => {
  const examples = readmeExamples();

  it('has the three analyst questions', () => {
    expect(examples.map((e) => e.name)).toEqual(['FaresOnQusour', 'CivilianToll', 'Blame']);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s prints its real output', async (_, example) => {
    const result = await service.query(example.query);
    expect(result.errors).toBeUndefined();
    expect({ data: result.data }).toEqual(example.printed);
  });
});
