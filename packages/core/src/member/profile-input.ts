import * as z from "zod";
import { lazily } from "../objects/lazily";
import { InvalidProfile } from "./errors";
import type { ProfileInput } from "./profile";

/** 3 to 30 lower-case letters, digits and hyphens, with a letter or digit at each end. */
const handlePattern = /^[a-z0-9](?:[a-z0-9-]{1,28})[a-z0-9]$/;

export const isHandle = (value: string): boolean => handlePattern.test(value);

/** Built on first use (see objects/lazily.ts). */
const profileInput = lazily(() => {
  const webAddress = z.url({ protocol: /^https?$/, error: "must be an http or https URL" }).max(2048);

  return z.strictObject({
    displayName: z.string().trim().min(1).max(80).optional(),
    handle: z
      .string()
      .regex(
        handlePattern,
        "must be 3 to 30 lower-case letters, digits or hyphens, not starting or ending with a hyphen",
      )
      .optional(),
    bio: z.string().max(500).optional(),
    links: z
      .array(z.strictObject({ label: z.string().trim().min(1).max(50), url: webAddress }))
      .max(5)
      .optional(),
    avatarUrl: webAddress.nullable().optional(),
  });
});

/** The changes a profile input asks for, checked against the profile rules; throws `InvalidProfile`. */
export function parseProfileInput(input: ProfileInput): ProfileInput {
  const result = profileInput().safeParse(input);
  if (!result.success)
    throw new InvalidProfile(
      result.error.issues.map((issue) => ({
        path: issue.path.map((part) => (typeof part === "number" ? part : String(part))),
        message: issue.message,
      })),
    );
  return Object.fromEntries(Object.entries(result.data).filter(([, value]) => value !== undefined));
}
