/**
 * Serves an OpenAuth issuer under a path (`/auth`) of an origin it shares with the API and the web app.
 *
 * OpenAuth 0.4 expects to own the root of its origin (openauthjs/openauth#125 and #233): it redirects to
 * absolute paths such as `/code/authorize`, lists root paths in its discovery document and signs tokens
 * with the bare origin as issuer (`iss`). So requests reach it with the prefix taken off, and its
 * redirects and discovery document get the prefix put back. The `iss` claim stays the bare origin, which
 * is also where the discovery document is served (RFC 8414 looks for it at the issuer's root): token
 * verification uses the origin as issuer, while clients that sign in use `<origin>/auth`.
 */
export interface MountedIssuer {
  /** Whether this request is for the issuer: under the prefix, or the discovery document at the root. */
  handles(pathname: string): boolean;
  /** `client` names who asks (an IP address) where the host counts clients for sign-in's limits. */
  fetch(request: Request, client?: string): Promise<Response>;
}

const discoveryPath = "/.well-known/oauth-authorization-server";

/** Headers that would let a caller choose the origin OpenAuth signs into tokens; nothing proxies the local host. */
const forwardingHeaders = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

export function mountedIssuer(
  issuer: { fetch(request: Request, client?: string): Response | Promise<Response> },
  { origin, prefix }: { origin: string; prefix: string },
): MountedIssuer {
  const underPrefix = (pathname: string) => pathname.startsWith(`${prefix}/`);

  /** The request as the issuer expects it: at the root of the one origin tokens are signed for. */
  async function innerRequest(request: Request, pathname: string): Promise<Request> {
    const url = new URL(request.url);
    const headers = new Headers(request.headers);
    for (const name of forwardingHeaders) headers.delete(name);
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    return new Request(new URL(`${pathname}${url.search}`, origin), {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
    });
  }

  function withPrefix(response: Response): Response {
    const location = response.headers.get("location");
    if (!location?.startsWith("/") || location.startsWith("//")) return response;
    const headers = new Headers(response.headers);
    headers.set("location", `${prefix}${location}`);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }

  async function discoveryDocument(response: Response): Promise<Response> {
    if (!response.ok) return response;
    const document = (await response.json()) as Record<string, unknown>;
    const at = (path: string) => `${origin}${prefix}${path}`;
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    return Response.json(
      {
        ...document,
        issuer: origin,
        authorization_endpoint: at("/authorize"),
        token_endpoint: at("/token"),
        jwks_uri: at("/.well-known/jwks.json"),
        revocation_endpoint: at("/revoke"),
      },
      { status: response.status, headers },
    );
  }

  return {
    handles: (pathname) => underPrefix(pathname) || pathname === discoveryPath,

    async fetch(request, client) {
      const { pathname } = new URL(request.url);
      const innerPath = underPrefix(pathname) ? pathname.slice(prefix.length) : pathname;
      const response = await issuer.fetch(await innerRequest(request, innerPath), client);
      return innerPath === discoveryPath ? discoveryDocument(response) : withPrefix(response);
    },
  };
}
