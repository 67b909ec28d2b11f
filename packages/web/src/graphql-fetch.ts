/** Minimal GraphQL over fetch with the session cookie; the full SPA replaces it with Apollo Client. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T | null; error: string | null }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  return { data: body.data ?? null, error: body.errors?.[0]?.message ?? null };
}
