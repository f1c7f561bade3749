import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";

/**
 * Between API Gateway's HTTP API (payload format 2.0) and the fetch API that yoga (and any other
 * fetch-API server) speaks. Buffered, both ways: API Gateway neither streams requests nor responses.
 */

const withoutBody = new Set(["GET", "HEAD"]);

/**
 * The request as the Lambda received it, as a fetch Request of the server's own fetch API (yoga's
 * `fetchAPI`): a server reads its own kind of request without adapting Node's web streams, which costs a
 * cold start several milliseconds.
 */
export function requestOfEvent(
  event: APIGatewayProxyEventV2,
  fetchApi: { Request: typeof Request; Headers: typeof Headers } = globalThis,
): Request {
  const headers = new fetchApi.Headers();
  for (const [name, value] of Object.entries(event.headers ?? {}))
    if (value !== undefined) headers.set(name, value);
  // HTTP API moves the Cookie header out of `headers` into `cookies`, one cookie an entry.
  if (event.cookies && event.cookies.length > 0) headers.set("cookie", event.cookies.join("; "));

  const method = event.requestContext.http.method.toUpperCase();
  const query = event.rawQueryString ? `?${event.rawQueryString}` : "";
  const url = `https://${event.requestContext.domainName}${event.rawPath}${query}`;
  const body =
    withoutBody.has(method) || event.body === undefined
      ? undefined
      : event.isBase64Encoded
        ? Uint8Array.from(Buffer.from(event.body, "base64"))
        : event.body;
  return new fetchApi.Request(url, { method, headers, body });
}

/** Media types whose bodies go back as text; anything else is sent base64 encoded, byte for byte. */
const textual =
  /^\s*(text\/[^;]+|application\/(json|graphql-response\+json|xml|javascript|x-www-form-urlencoded)|[^;]+\+(json|xml))\s*(;|$)/i;

/** The fetch Response as the structured result API Gateway expects. */
export async function resultOfResponse(response: Response): Promise<APIGatewayProxyStructuredResultV2> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    // Several Set-Cookie headers cannot share one header value: payload 2.0 takes them as `cookies`.
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  const bytes = Buffer.from(await response.arrayBuffer());
  const asText = bytes.length === 0 || textual.test(response.headers.get("content-type") ?? "");
  return {
    statusCode: response.status,
    headers,
    ...(cookies.length > 0 ? { cookies } : {}),
    body: asText ? bytes.toString("utf8") : bytes.toString("base64"),
    isBase64Encoded: !asText,
  };
}
