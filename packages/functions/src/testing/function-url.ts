import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { LambdaHandler } from "../lambda/observed";
import { apiGatewayEvent } from "./api-gateway-event";
import { lambdaContext } from "./lambda-context";

/** An address of CloudFront's own (the function URL's caller when the router forwards a request). */
export const cloudFrontAddress = "130.176.0.1";

export interface FunctionUrl {
  url: string;
  close(): Promise<void>;
}

/**
 * A Lambda handler served on loopback as the router reaches it: CloudFront in front of a function URL.
 * Each request becomes a payload 2.0 event as they would make it: CloudFront names the viewer (the
 * socket's address) in `cloudfront-viewer-address`, whatever the client sent; the function URL's source
 * IP is CloudFront's; and the function URL keeps only the leftmost `x-forwarded-for` entry, the one the
 * client wrote. `extraRoutes` answers paths of its own (a mailbox page) before the handler sees them.
 */
export async function serveFunctionUrl(
  handler: LambdaHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>,
  extraRoutes: Record<string, () => unknown> = {},
): Promise<FunctionUrl> {
  const server = createServer(async (request, response) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const path = request.url ?? "/";
      const extra = extraRoutes[path.split("?")[0] ?? ""];
      if (extra) {
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(extra()));
        return;
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers))
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
      const viewer = request.socket.remoteAddress ?? "";
      const clientForwarded = headers["x-forwarded-for"]?.split(",")[0]?.trim();
      headers["x-forwarded-for"] = clientForwarded || viewer;
      headers["cloudfront-viewer-address"] = `${viewer}:${request.socket.remotePort}`;
      const body = Buffer.concat(chunks);
      const event = apiGatewayEvent({
        method: request.method ?? "GET",
        path,
        headers,
        ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
      });
      event.requestContext.http.sourceIp = cloudFrontAddress;
      const result = await handler(event, lambdaContext("auth"));
      for (const [name, value] of Object.entries(result.headers ?? {}))
        response.setHeader(name, String(value));
      if (result.cookies?.length) response.setHeader("set-cookie", result.cookies);
      response.statusCode = result.statusCode ?? 200;
      response.end(
        result.body ? Buffer.from(result.body, result.isBase64Encoded ? "base64" : "utf8") : undefined,
      );
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
