import { lazily } from "../objects/lazily";
import { multiLineText, singleLineText, webAddress } from "../validation/text";
import * as z from "../validation/zod";
import { pathLimits } from "./decider";
import { InvalidPath, type PathIssue } from "./errors";
import type { CheckpointResource } from "./events";

/*
 * What curators type into the path editor, each part checked on its own. The decider checks the
 * checkpoints as a whole (each id and resource once, ids of the path's own); the handler checks that the
 * talks and meetups exist.
 */

/** A character that shows: not a format character, a mark on its own, a separator or white space. */
const visible = /[^\p{Cf}\p{M}\p{Z}\s]/u;

const schemas = lazily(() => {
  const id = z.string().check(z.minLength(1), z.maxLength(100));
  const between = (minimum: number, maximum: number) => `must be ${minimum} to ${maximum} characters`;
  const line = (minimum: number, maximum: number) =>
    singleLineText({ trimmed: true }).check(
      z.minLength(minimum, between(minimum, maximum)),
      z.maxLength(maximum, between(minimum, maximum)),
      // Joiners, variation selectors and combining marks alone pass the text rule and show as nothing.
      z.refine((value: string) => visible.test(value), {
        message: "must hold a letter, digit or symbol",
        when: (payload) => payload.issues.length === 0,
      }),
    );
  const { goal, description, tags, checkpoints, task, url, title } = pathLimits;
  const checkpoint = z.strictObject({
    id: z.optional(z.nullable(id)),
    task: line(1, task),
    url: z.optional(z.nullable(webAddress({ protocols: ["https"], maximumLength: url }))),
    title: z.optional(z.nullable(line(1, title))),
    talkId: z.optional(z.nullable(id)),
    meetupId: z.optional(z.nullable(id)),
  });
  const between1 = `must be ${checkpoints.minimum} to ${checkpoints.maximum} checkpoints`;
  const path = z.strictObject({
    goal: line(goal.minimum, goal.maximum),
    description: z.optional(
      z.nullable(
        multiLineText({ trimmed: true }).check(
          z.maxLength(description, `must be up to ${description} characters`),
        ),
      ),
    ),
    tags: z.optional(
      z.nullable(
        z
          .array(
            z.pipe(
              z.pipe(
                line(1, tags.length),
                z.transform((tag: string) => tag.toLowerCase()),
              ),
              // Lower-casing may lengthen a tag ("İ" is "i" and a dot): the limit is on the tag as stored.
              z.string().check(z.maxLength(tags.length, between(1, tags.length))),
            ),
          )
          .check(z.maxLength(tags.count * 4, `must be up to ${tags.count} tags`)),
      ),
    ),
    communityId: z.optional(z.nullable(id)),
    checkpoints: z
      .array(checkpoint)
      .check(z.minLength(checkpoints.minimum, between1), z.maxLength(checkpoints.maximum, between1)),
  });
  return { path };
});

export type PathInput = z.input<ReturnType<typeof schemas>["path"]>;
export type CheckpointInput = PathInput["checkpoints"][number];

/** A checkpoint as parsed: its id when the input kept one, its task and its one resource. */
export interface ParsedCheckpoint {
  id: string | undefined;
  task: string;
  resource: CheckpointResource;
}

export interface ParsedPath {
  goal: string;
  description: string;
  tags: string[];
  communityId: string | null;
  checkpoints: ParsedCheckpoint[];
}

type ResourceOutcome =
  | { resource: CheckpointResource }
  | { resource?: undefined; issue: string; field?: string };

function resourceOf(
  checkpoint: z.output<ReturnType<typeof schemas>["path"]>["checkpoints"][number],
): ResourceOutcome {
  const { url, title, talkId, meetupId } = checkpoint;
  const given = [url, talkId, meetupId].filter((value) => value !== undefined && value !== null);
  if (given.length !== 1) return { issue: "give exactly one resource: a link, a talk or a meetup" };
  if (talkId) return { resource: { kind: "talk" as const, proposalId: talkId } };
  if (meetupId) return { resource: { kind: "meetup" as const, meetupId } };
  if (!title) return { issue: "a link needs a title", field: "title" };
  return { resource: { kind: "link" as const, url: url as string, title } };
}

/** Throws `InvalidPath` with every rule the input breaks, each where it is broken. */
export function parsePathInput(input: PathInput): ParsedPath {
  const result = z.safeParse(schemas().path, input);
  if (!result.success)
    throw new InvalidPath(
      result.error.issues.map(
        (issue): PathIssue => ({ path: issue.path.map(String), message: issue.message }),
      ),
    );
  const { goal, description, tags, communityId, checkpoints } = result.data;
  const issues: PathIssue[] = [];
  const distinctTags = [...new Set(tags ?? [])];
  if (distinctTags.length > pathLimits.tags.count)
    issues.push({ path: ["tags"], message: `must be up to ${pathLimits.tags.count} tags` });
  const parsed = checkpoints.flatMap((checkpoint, position): ParsedCheckpoint[] => {
    const outcome = resourceOf(checkpoint);
    if (!outcome.resource) {
      const { issue, field } = outcome;
      issues.push({ path: ["checkpoints", String(position), ...(field ? [field] : [])], message: issue });
      return [];
    }
    return [{ id: checkpoint.id ?? undefined, task: checkpoint.task, resource: outcome.resource }];
  });
  if (issues.length > 0) throw new InvalidPath(issues);
  return {
    goal,
    description: description ?? "",
    tags: distinctTags,
    communityId: communityId ?? null,
    checkpoints: parsed,
  };
}

/** A change note, as the curator typed it: checked for its length by the decider. */
export function parseChangeNote(note: unknown): string {
  const result = z.safeParse(multiLineText({ trimmed: true }), note ?? "");
  if (!result.success)
    throw new InvalidPath(
      result.error.issues.map((issue) => ({ path: ["changeNote"], message: issue.message })),
    );
  return result.data;
}
