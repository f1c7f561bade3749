import { describe, expect, test } from "vitest";
import { UnknownWebhookKind, WebhookUrlRefused } from "./errors";
import { parseWebhookKinds, parseWebhookUrl } from "./webhook-input";

describe("a webhook's URL", () => {
  test("https is taken as typed, without its fragment", () =>
    expect(parseWebhookUrl(" https://hooks.example.com/in?x=1#top ", "aws")).toBe(
      "https://hooks.example.com/in?x=1",
    ));

  test.each([
    ["http://hooks.example.com/", "aws"],
    ["http://hooks.example.com/", "local"],
    ["http://127.0.0.1:9000/", "aws"],
    ["ftp://hooks.example.com/", "local"],
    ["javascript:alert(1)", "local"],
    ["not a url", "local"],
    ["", "local"],
    [42, "local"],
    [`https://hooks.example.com/${"a".repeat(2_000)}`, "local"],
    ["https://user:secret@hooks.example.com/", "local"],
    ["https://10.0.0.1/", "aws"],
    ["https://[::1]/", "aws"],
    ["https://169.254.169.254/latest/meta-data", "aws"],
    ["https://localhost/", "aws"],
  ] as const)("%s is refused in %s mode", (url, mode) =>
    expect(() => parseWebhookUrl(url, mode)).toThrow(WebhookUrlRefused),
  );

  test.each(["http://127.0.0.1:9000/hook", "http://localhost:9000/hook", "http://[::1]:9000/hook"])(
    "plain http to loopback is for the local host: %s",
    (url) => expect(parseWebhookUrl(url, "local")).toBe(new URL(url).href),
  );
});

describe("a webhook's kinds", () => {
  test("are kept once each, in the catalogue's order", () =>
    expect(parseWebhookKinds(["rsvp.confirmed", "meetup.published", "rsvp.confirmed"])).toEqual([
      "meetup.published",
      "rsvp.confirmed",
    ]));

  test.each([[[]], [["MeetupPublished"]], ["meetup.published"], [null], [[{}]], [["__proto__"]]])(
    "%j is refused",
    (kinds) => expect(() => parseWebhookKinds(kinds)).toThrow(UnknownWebhookKind),
  );
});
