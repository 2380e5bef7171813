/** The README's example queries answer exactly what the README prints. */
import { describe, expect, it } from 'vitest';
import { readmeExamples } from '../helpers/readme.js';
import { loadFixtures, loadSample, useTestService } from '../helpers/service.js';

const service = useTestService(async (s) => {
  await loadSample(s.db);
  await loadFixtures(s.db, 'tessel-relays', 'dunmore-tolls');
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
