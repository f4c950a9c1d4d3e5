/** Real HTTP GraphQL requests, as any client sends them. */
export interface GraphQLResponse<T = Record<string, any>> {
  readonly status: number;
  readonly data: T | null | undefined;
  readonly errors: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[] | undefined;
  readonly headers: Headers;
}

export async function gql<T = Record<string, any>>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GraphQLResponse['errors'] };
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}
