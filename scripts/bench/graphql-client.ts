/** GraphQL over HTTP, as a client sees it: POST, JSON, keep-alive connections (fetch's pool). */

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface GraphQLAnswer {
  data: any;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { roundTrips?: number };
}

export async function postGraphQL(url: string, request: GraphQLRequest): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as GraphQLAnswer;
  if (!body.errors && !response.ok) body.errors = [{ message: `HTTP ${response.status}` }];
  return body;
}

/** The first error's code (or message), for reports; null when the answer has none. */
export function errorOf(answer: GraphQLAnswer): string | null {
  const first = answer.errors?.[0];
  return first ? (first.extensions?.code ?? first.message) : null;
}
