import { lazily } from "../objects/lazily";
import { multiLineText, singleLineText, webAddress } from "../validation/text";
import * as z from "../validation/zod";
import { InvalidProfile } from "./errors";
import type { ProfileInput } from "./profile";

/** 3 to 30 lower-case letters, digits and hyphens, with a letter or digit at each end. */
const handlePattern = /^[a-z0-9](?:[a-z0-9-]{1,28})[a-z0-9]$/;

export const isHandle = (value: string): boolean => handlePattern.test(value);

/** Built on first use (see objects/lazily.ts). */
const profileInput = lazily(() => {
  const link = () => webAddress({ protocols: ["http", "https"] });

  return z.strictObject({
    displayName: z.optional(singleLineText({ trimmed: true }).check(z.minLength(1), z.maxLength(80))),
    handle: z.optional(
      z
        .string()
        .check(
          z.regex(
            handlePattern,
            "must be 3 to 30 lower-case letters, digits or hyphens, not starting or ending with a hyphen",
          ),
        ),
    ),
    bio: z.optional(multiLineText().check(z.maxLength(500))),
    links: z.optional(
      z
        .array(
          z.strictObject({
            label: singleLineText({ trimmed: true }).check(z.minLength(1), z.maxLength(50)),
            url: link(),
          }),
        )
        .check(z.maxLength(5)),
    ),
    avatarUrl: z.optional(z.nullable(link())),
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
