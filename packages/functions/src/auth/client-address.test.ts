import { describe, expect, test } from "vitest";
import { apiGatewayEvent } from "../testing/api-gateway-event";
import { clientOfLambdaEvent, clientOfSocket } from "./client-address";

describe("the client sign-in counts codes for", () => {
  test("on the local host, the socket's address; loopback is the machine itself and is not counted", () => {
    expect(clientOfSocket("192.0.2.10")).toBe("192.0.2.10");
    expect(clientOfSocket("::ffff:192.0.2.10")).toBe("192.0.2.10");
    expect(clientOfSocket("2001:DB8::1")).toBe("2001:db8::1");
    for (const loopback of ["127.0.0.1", "127.0.1.1", "::1", "::ffff:127.0.0.1"])
      expect(clientOfSocket(loopback)).toBeUndefined();
    expect(clientOfSocket(undefined)).toBeUndefined();
  });

  const eventWith = (headers: Record<string, string>) => {
    const event = apiGatewayEvent({ method: "POST", path: "/auth/code/authorize", headers });
    event.requestContext.http.sourceIp = "64.252.1.1";
    return event;
  };

  test("on Lambda, the viewer CloudFront names, IPv4 or IPv6, never the x-forwarded-for a client wrote", () => {
    expect(
      clientOfLambdaEvent(
        eventWith({ "cloudfront-viewer-address": "198.51.100.7:50210", "x-forwarded-for": "10.0.0.1" }),
      ),
    ).toBe("198.51.100.7");
    expect(
      clientOfLambdaEvent(eventWith({ "cloudfront-viewer-address": "2406:2d40:728d:fa10::c4a:42838" })),
    ).toBe("2406:2d40:728d:fa10::c4a");
  });

  test("on Lambda without CloudFront's header, the function URL's source IP", () => {
    expect(clientOfLambdaEvent(eventWith({ "x-forwarded-for": "10.0.0.1" }))).toBe("64.252.1.1");
  });
});
