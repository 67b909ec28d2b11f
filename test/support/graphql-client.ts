export interface GraphQLErrorBody {
  readonly message: string;
  readonly extensions?: Record<string, unknown> & { code?: string };
}

export interface GraphQLResponse<T> {
  readonly status: number;
  readonly data: T | null;
  readonly errors: readonly GraphQLErrorBody[] | undefined;
  readonly headers: Headers;
}

/** A small GraphQL-over-HTTP client for tests: bearer token or cookie, JSON or multipart upload. */
export class GraphQLTestClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
    private readonly cookie?: string,
  ) {}

  withCookie(cookie: string): GraphQLTestClient {
    return new GraphQLTestClient(this.baseUrl, undefined, cookie);
  }

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.authHeaders() },
      body: JSON.stringify({ query, variables }),
    });
    return this.parse<T>(response);
  }

  /** Sends a file per the GraphQL multipart request spec, as `$file`. */
  async upload<T = Record<string, unknown>>(query: string, file: { name: string; content: Uint8Array<ArrayBuffer> | string }): Promise<GraphQLResponse<T>> {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query, variables: { file: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([file.content]), file.name);
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'apollo-require-preflight': 'true', ...this.authHeaders() },
      body: form,
    });
    return this.parse<T>(response);
  }

  /** Data of a request that must succeed; throws with the errors otherwise. */
  async data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || result.data === null) {
      throw new Error(`GraphQL request failed: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** The code of the first error of a request that must fail. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const result = await this.request(query, variables);
    return result.errors?.[0]?.extensions?.code;
  }

  async login(email: string, password: string): Promise<string> {
    const data = await this.data<{ login: { token: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    return data.login.token;
  }

  private authHeaders(): Record<string, string> {
    if (this.token) return { authorization: `Bearer ${this.token}` };
    if (this.cookie) return { cookie: this.cookie };
    return {};
  }

  private async parse<T>(response: Response): Promise<GraphQLResponse<T>> {
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorBody[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers };
  }
}
