import { createHmac } from "node:crypto";
import { lazily } from "../objects/lazily";
import * as z from "../validation/zod";
import { InvalidEmail } from "./errors";

/** Built on first use (see objects/lazily.ts). */
const emailAddress = lazily(() => z.email().check(z.maxLength(254)));

/** Trimmed and lower-cased, so that one mailbox typed two ways signs in as one member. */
export function normaliseEmail(email: string): string {
  const normalised = typeof email === "string" ? email.trim().toLowerCase() : "";
  if (!emailAddress().safeParse(normalised).success) throw new InvalidEmail();
  return normalised;
}

/**
 * Names the email's reservation stream without putting the email in the log. An HMAC with a server
 * secret rather than a plain hash: without the secret, no list of likely addresses can be checked
 * against the stream names.
 */
export const emailDigest = (normalisedEmail: string, secret: string): string =>
  createHmac("sha256", secret).update(normalisedEmail, "utf8").digest("hex");
