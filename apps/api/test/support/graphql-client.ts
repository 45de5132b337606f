export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: GraphqlError[];
}

/** A tiny fetch-based client: tests see exactly what a browser or script would. */
export class GraphqlClient {
  constructor(private readonly endpoint: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphqlResponse<T>> {
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GraphqlError[] };
    return { status: res.status, data: body.data ?? undefined, errors: body.errors };
  }

  /** Expects success and returns `data`; fails the test with the errors otherwise. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> {
    const res = await this.request<T>(query, variables, { token });
    if (res.errors?.length || !res.data) {
      throw new Error(`GraphQL request failed: ${JSON.stringify(res.errors)}`);
    }
    return res.data;
  }

  /** Expects exactly one error and returns it. */
  async fails(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphqlError> {
    const res = await this.request(query, variables, { token });
    if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
    return res.errors[0];
  }

  async login(username: string, password: string): Promise<string> {
    const data = await this.ok<{ login: { accessToken: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      { u: username, p: password },
    );
    return data.login.accessToken;
  }
}
