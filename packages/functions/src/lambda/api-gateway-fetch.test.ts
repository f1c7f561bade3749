import { describe, expect, test } from "vitest";
import { apiGatewayEvent } from "../testing/api-gateway-event";
import { requestOfEvent, resultOfResponse } from "./api-gateway-fetch";

describe("an API Gateway event as a fetch Request", () => {
  test("keeps the method, the raw path with its query, and the headers", async () => {
    const request = requestOfEvent(
      apiGatewayEvent({
        method: "GET",
        path: "/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D&a=1&a=2",
        headers: { Authorization: "Bearer token", "X-Meetstream-Csrf": "1" },
      }),
    );
    const url = new URL(request.url);
    expect(request.method).toBe("GET");
    expect(url.pathname).toBe("/graphql");
    expect(url.searchParams.get("query")).toBe("{ me { id } }");
    expect(url.searchParams.getAll("a")).toEqual(["1", "2"]);
    expect(request.headers.get("authorization")).toBe("Bearer token");
    expect(request.headers.get("x-meetstream-csrf")).toBe("1");
    expect(request.body).toBeNull();
  });

  test("puts the cookies API Gateway took out of the headers back into one Cookie header", () => {
    const request = requestOfEvent(
      apiGatewayEvent({ method: "GET", path: "/", headers: { cookie: "a=1; b=two" } }),
    );
    expect(request.headers.get("cookie")).toBe("a=1; b=two");
  });

  test("reads a text body as it is and a base64 encoded body as its bytes", async () => {
    const text = requestOfEvent(
      apiGatewayEvent({ method: "POST", path: "/graphql", body: '{"query":"{ me { id } }"}' }),
    );
    expect(await text.json()).toEqual({ query: "{ me { id } }" });

    const bytes = Uint8Array.from([0, 255, 1, 128, 10]);
    const binary = requestOfEvent(apiGatewayEvent({ method: "POST", path: "/upload", body: bytes }));
    expect(new Uint8Array(await binary.arrayBuffer())).toEqual(bytes);
  });
});

describe("a fetch Response as an API Gateway result", () => {
  test("gives status, headers and a text body as text", async () => {
    const result = await resultOfResponse(
      new Response('{"data":{}}', {
        status: 200,
        headers: { "content-type": "application/graphql-response+json; charset=utf-8", "x-one": "1" },
      }),
    );
    expect(result).toEqual({
      statusCode: 200,
      headers: { "content-type": "application/graphql-response+json; charset=utf-8", "x-one": "1" },
      body: '{"data":{}}',
      isBase64Encoded: false,
    });
  });

  test("sends each Set-Cookie as its own cookie, not folded into one header", async () => {
    const headers = new Headers();
    headers.append("set-cookie", "a=1; Path=/; HttpOnly");
    headers.append("set-cookie", "b=2; Path=/");
    const result = await resultOfResponse(new Response(null, { status: 302, headers }));
    expect(result.cookies).toEqual(["a=1; Path=/; HttpOnly", "b=2; Path=/"]);
    expect(result.headers).not.toHaveProperty("set-cookie");
    expect(result.body).toBe("");
  });

  test("base64 encodes a binary body", async () => {
    const bytes = Uint8Array.from([137, 80, 78, 71, 0, 255]);
    const result = await resultOfResponse(new Response(bytes, { headers: { "content-type": "image/png" } }));
    expect(result.isBase64Encoded).toBe(true);
    expect(Buffer.from(result.body ?? "", "base64")).toEqual(Buffer.from(bytes));
  });
});
