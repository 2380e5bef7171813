/** The example queries of the README with the outputs it prints for them. */
import { readFileSync } from 'node:fs';

export interface ReadmeExample {
  name: string;
  query: string;
  printed: unknown;
}

export function readmeExamples(): ReadmeExample[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const pairs = readme.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g);
  return [...pairs].map(([, query, json]) => ({
    name: /query (\w+)/.exec(query!)?.[1] ?? 'anonymous',
    query: query!,
    printed: JSON.parse(json!),
  }));
}

export function readmeQuery(name: string): string {
  const example = readmeExamples().find((e) => e.name === name);
  if (!example) throw new Error(`the README has no example query named ${name}`);
  return example.query;
}
