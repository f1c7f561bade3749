import { lazily } from "../objects/lazily";
import { markdownSource } from "../text/markdown-source";
import { singleLineText } from "../validation/text";
import * as z from "../validation/zod";
import type { CommunityDetails, EditCommunityInput, FoundCommunityInput } from "./community";
import { InvalidCommunity } from "./errors";

/** 3 to 40 lower-case letters, digits and hyphens, with a letter or digit at each end. */
const slugPattern = /^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/;

/** 2 to 30 lower-case letters, digits and hyphens, with a letter or digit at each end. */
const tagPattern = /^[a-z0-9](?:[a-z0-9-]{0,28})[a-z0-9]$/;

export const isSlug = (value: string): boolean => slugPattern.test(value);

export const isTag = (value: string): boolean => tagPattern.test(value);

/** The schemas, built on first use (see objects/lazily.ts). */
const schemas = lazily(() => {
  const fields = {
    name: singleLineText({ trimmed: true }).check(
      z.minLength(3, "must be 3 to 80 characters"),
      z.maxLength(80, "must be 3 to 80 characters"),
    ),
    slug: z
      .string()
      .check(
        z.regex(
          slugPattern,
          "must be 3 to 40 lower-case letters, digits or hyphens, not starting or ending with a hyphen",
        ),
      ),
    description: markdownSource().check(z.maxLength(5000, "must be at most 5,000 characters")),
    tags: z
      .array(
        z
          .string()
          .check(
            z.regex(
              tagPattern,
              "must be 2 to 30 lower-case letters, digits or hyphens, not starting or ending with a hyphen",
            ),
          ),
      )
      .check(
        z.maxLength(10, "at most 10 tags"),
        z.refine((tags) => new Set(tags).size === tags.length, "each tag only once"),
      ),
    joinMode: z.enum(["open", "approval"]),
  };

  const foundInput = z.strictObject({
    name: fields.name,
    slug: fields.slug,
    description: z._default(fields.description, ""),
    tags: z._default(fields.tags, []),
    joinMode: z._default(fields.joinMode, "open"),
  });

  const editInput = z.strictObject({
    name: z.optional(fields.name),
    slug: z.optional(fields.slug),
    description: z.optional(fields.description),
    tags: z.optional(fields.tags),
    joinMode: z.optional(fields.joinMode),
  });

  return { foundInput, editInput };
});

function parse<Output>(schema: z.core.$ZodType<Output>, input: unknown): Output {
  const result = z.safeParse(schema, input);
  if (!result.success)
    throw new InvalidCommunity(
      result.error.issues.map((issue) => ({
        path: issue.path.map((part) => (typeof part === "number" ? part : String(part))),
        message: issue.message,
      })),
    );
  return result.data;
}

/** The details of a new community, checked against the community rules; throws `InvalidCommunity`. */
export const parseFoundInput = (input: FoundCommunityInput): CommunityDetails =>
  parse(schemas().foundInput, input);

/** The changes an edit asks for, checked against the community rules; throws `InvalidCommunity`. */
export function parseEditInput(input: EditCommunityInput): EditCommunityInput {
  const changes = parse(schemas().editInput, input);
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}
