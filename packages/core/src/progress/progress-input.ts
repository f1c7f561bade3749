import { lazily } from "../objects/lazily";
import { multiLineText } from "../validation/text";
import * as z from "../validation/zod";
import { progressLimits } from "./decider";
import { InvalidProgress, type ProgressIssue } from "./errors";

/*
 * What a member sends about their progress, each part checked on its own: ids are bounded (a checkpoint's
 * existence is the decider's rule, against the path's current revision), a note is the member's text.
 */

const schemas = lazily(() => {
  const id = z.string().check(z.minLength(1), z.maxLength(100));
  const note = multiLineText({ trimmed: true }).check(
    z.maxLength(progressLimits.note, `must be up to ${progressLimits.note} characters`),
  );
  const mark = z.strictObject({
    pathId: id,
    checkpointId: id,
    done: z.boolean(),
    note: z.optional(z.nullable(note)),
  });
  const visibility = z.strictObject({ pathId: id, public: z.boolean() });
  return { mark, visibility };
});

type Schemas = ReturnType<typeof schemas>;
export type MarkCheckpointInput = z.input<Schemas["mark"]>;
export type ProgressVisibilityInput = z.input<Schemas["visibility"]>;

function parse<Schema extends z.core.$ZodType>(schema: Schema, input: unknown) {
  const result = z.safeParse(schema, input);
  if (!result.success)
    throw new InvalidProgress(
      result.error.issues.map(
        (issue): ProgressIssue => ({ path: issue.path.map(String), message: issue.message }),
      ),
    );
  return result.data as z.output<Schema>;
}

/** A mark; a note absent or null keeps the note as it is, "" clears it. */
export function parseMark(input: MarkCheckpointInput) {
  const { pathId, checkpointId, done, note } = parse(schemas().mark, input);
  return { pathId, checkpointId, done, ...(typeof note === "string" && { note }) };
}

export function parseVisibility(input: ProgressVisibilityInput) {
  return parse(schemas().visibility, input);
}
