import { lazily } from "../objects/lazily";
import { multiLineText, singleLineText, webAddress } from "../validation/text";
import * as z from "../validation/zod";
import { InvalidSpeakerProfile } from "./errors";
import type { SpeakerProfileInput } from "./profile";

export const headlineMaximumLength = 120;
export const bioMaximumLength = 2000;
export const linksMaximum = 5;

/** Built on first use (see objects/lazily.ts). */
const speakerProfileInput = lazily(() =>
  z.strictObject({
    // Empty is allowed: a profile without a headline is kept, unpublished, while its owner writes it.
    headline: z.optional(singleLineText({ trimmed: true }).check(z.maxLength(headlineMaximumLength))),
    bio: z.optional(multiLineText({ trimmed: true }).check(z.maxLength(bioMaximumLength))),
    links: z.optional(
      z
        .array(
          z.strictObject({
            label: singleLineText({ trimmed: true }).check(z.minLength(1), z.maxLength(50)),
            // Only https: a speaker page is read by strangers, and a plain-http link gives them away.
            url: webAddress({ protocols: ["https"] }),
          }),
        )
        .check(z.maxLength(linksMaximum)),
    ),
  }),
);

/** The changes a speaker profile input asks for, checked; throws `InvalidSpeakerProfile`. */
export function parseSpeakerProfileInput(input: SpeakerProfileInput): SpeakerProfileInput {
  const result = speakerProfileInput().safeParse(input);
  if (!result.success)
    throw new InvalidSpeakerProfile(
      result.error.issues.map((issue) => ({
        path: issue.path.map((part) => (typeof part === "number" ? part : String(part))),
        message: issue.message,
      })),
    );
  return Object.fromEntries(Object.entries(result.data).filter(([, value]) => value !== undefined));
}
