import type { MiddlewareHandler } from "hono";

/**
 * Refuses a request body over `maximumBytes` with 413 before any handler parses it: a declared length is
 * checked unread, a body without one (chunked) is counted as it streams in. Hono's own body-limit
 * middleware rebuilds the request from Hono's lightweight Node request, which only works when
 * @hono/node-server replaces the global Request; the host leaves the globals alone.
 */
export function bodyLimit(maximumBytes: number): MiddlewareHandler {
  // The body is left unread, so the connection cannot carry another request.
  const tooLarge = () =>
    new Response(`The request body is larger than ${Math.round(maximumBytes / 1024)} KB.`, {
      status: 413,
      headers: { "content-type": "text/plain; charset=utf-8", connection: "close" },
    });

  return async (context, next) => {
    const request = context.req.raw;
    const declared = request.headers.get("content-length");
    if (declared !== null && !request.headers.has("transfer-encoding"))
      return Number(declared) > maximumBytes ? tooLarge() : next();
    if (!request.body) return next();

    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maximumBytes) {
        await reader.cancel();
        return tooLarge();
      }
      chunks.push(value);
    }
    const withBody = size > 0 && request.method !== "GET" && request.method !== "HEAD";
    context.req.raw = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: withBody ? Buffer.concat(chunks) : undefined,
    });
    return next();
  };
}
