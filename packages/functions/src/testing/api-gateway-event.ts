import type { APIGatewayProxyEventV2 } from "aws-lambda";

export interface ApiGatewayRequest {
  method: string;
  /** Path and query, as the client sent them. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/**
 * An HTTP API (payload format 2.0) event shaped as API Gateway sends it: lower-case headers, cookies taken
 * out of them, the query split off the path, and a binary body base64 encoded.
 */
export function apiGatewayEvent({
  method,
  path,
  headers = {},
  body,
}: ApiGatewayRequest): APIGatewayProxyEventV2 {
  const [rawPath = "/", rawQueryString = ""] = path.split(/\?(.*)/s);
  const lowerCase = Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const { cookie, ...otherHeaders } = lowerCase;
  const query = new URLSearchParams(rawQueryString);
  const domainName = "abc123.execute-api.eu-west-1.amazonaws.com";
  const binary = body instanceof Uint8Array;
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath,
    rawQueryString,
    ...(cookie ? { cookies: cookie.split(/;\s*/) } : {}),
    headers: { host: domainName, "x-forwarded-proto": "https", ...otherHeaders },
    ...(rawQueryString ? { queryStringParameters: Object.fromEntries(query) } : {}),
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      domainName,
      domainPrefix: "abc123",
      http: {
        method,
        path: rawPath,
        protocol: "HTTP/1.1",
        sourceIp: "203.0.113.7",
        userAgent: lowerCase["user-agent"] ?? "vitest",
      },
      requestId: crypto.randomUUID(),
      routeKey: "$default",
      stage: "$default",
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    ...(body === undefined ? {} : { body: binary ? Buffer.from(body).toString("base64") : body }),
    isBase64Encoded: binary,
  };
}
