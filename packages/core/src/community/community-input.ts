import * as z from "zod";
import { lazily } from "../objects/lazily";
import type { CommunityDetails, EditCommunityInput, FoundCommunityInput } from "./community";
import { InvalidCommunity } from "./errors";

/** 3 to 40 lower-case letters, digits and hyphens, with a letter or digit at each end. */
const slugPattern = /^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/;

/** 2 to 30 lower-case letters, digits and hyphens, with a letter or digit at each end. */
const tagPattern = /^[a-z0-9](?:[a-z0-9-]{0,28})[a-z0-9]$/;

export const isSlug = (value: string): boolean => slugPattern.test(value);

/** The schemas, built on first use (see objects/lazily.ts). */
const schemas = lazily(() => {
  const fields = {
    name: z.string().trim().min(3, "must be 3 to 80 characters").max(80, "must be 3 to 80 characters"),
    slug: z
      .string()
      .regex(
        slugPattern,
        "must be 3 to 40 lower-case letters, digits or hyphens, not starting or ending with a hyphen",
      ),
    description: z.string().max(5000, "must be at most 5,000 characters"),
    tags: z
      .array(
        z
          .string()
          .regex(
            tagPattern,
            "must be 2 to 30 lower-case letters, digits or hyphens, not starting or ending with a hyphen",
          ),
      )
      .max(10, "at most 10 tags")
      .refine((tags) => new Set(tags).size === tags.length, "each tag only once"),
    joinMode: z.enum(["open", "approval"]),
  };

  const foundInput = z.strictObject({
    name: fields.name,
    slug: fields.slug,
    description: fields.description.default(""),
    tags: fields.tags.default([]),
    joinMode: fields.joinMode.default("open"),
  });

  const editInput = z.strictObject({
    name: fields.name.optional(),
    slug: fields.slug.optional(),
    description: fields.description.optional(),
    tags: fields.tags.optional(),
    joinMode: fields.joinMode.optional(),
  });

  return { foundInput, editInput };
});

function parse<Output>(schema: z.ZodType<Output>, input: unknown): Output {
  const result = schema.safeParse(input);
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
