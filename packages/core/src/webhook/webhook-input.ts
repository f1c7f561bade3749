import { isIP } from "node:net";
import { UnknownWebhookKind, WebhookUrlRefused } from "./errors";
import { addressKind } from "./outbound-address";
import { isWebhookKind, type WebhookKind, webhookKindNames } from "./webhook-kinds";
import type { OutboundMode } from "./webhook-request";

/** Long enough for any receiver's URL with a token in it; a URL is in every delivery's log line. */
export const maximumUrlLength = 2_000;

const loopbackNames = new Set(["localhost", "127.0.0.1", "::1"]);

/**
 * A URL an organiser typed, as deliveries will use it: https (plain http to loopback only, and only on the
 * local host), no credentials in it (they would show in the console), and on AWS no literal address that
 * is not public. Names are checked again after each resolution, when a delivery connects.
 */
export function parseWebhookUrl(input: unknown, mode: OutboundMode): string {
  const text = typeof input === "string" ? input.trim() : "";
  const shown = text.slice(0, 200);
  if (text.length === 0 || text.length > maximumUrlLength)
    throw new WebhookUrlRefused(shown, `give a URL of at most ${maximumUrlLength} characters`);
  // A URL holds no control characters or spaces: one that does was pasted with more than the URL.
  if (/[\p{Cc}\p{Cs}\s]/u.test(text)) throw new WebhookUrlRefused(shown, "it holds characters no URL has");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookUrlRefused(shown, "it is not a URL (it starts with https://)");
  }
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  if (url.protocol === "http:") {
    if (
      mode !== "local" ||
      !(loopbackNames.has(hostname) || (isIP(hostname) && addressKind(hostname) === "loopback"))
    )
      throw new WebhookUrlRefused(shown, "it must start with https://");
  } else if (url.protocol !== "https:") throw new WebhookUrlRefused(shown, "it must start with https://");
  if (url.username || url.password)
    throw new WebhookUrlRefused(shown, "it must not hold a user name or password");
  if (mode === "aws" && (hostname === "localhost" || (isIP(hostname) && addressKind(hostname) !== "public")))
    throw new WebhookUrlRefused(shown, "it must reach a public address");
  url.hash = "";
  return url.href;
}

/** The kinds chosen: at least one, each one Meetstream sends, in the catalogue's order, once each. */
export function parseWebhookKinds(input: unknown): WebhookKind[] {
  if (!Array.isArray(input) || input.length === 0 || input.length > webhookKindNames.length * 2)
    throw new UnknownWebhookKind("");
  for (const kind of input)
    if (!isWebhookKind(kind)) throw new UnknownWebhookKind(String(kind).slice(0, 100));
  return webhookKindNames.filter((kind) => input.includes(kind));
}
