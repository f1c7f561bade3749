import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
import * as z from "../validation/zod";

/*
 * One stream per path: `path-<pathId>`. Every event that changes what a path says carries its whole
 * content (a goal, a handful of tags and at most 30 checkpoints: small), so that a revision is read from
 * its one event and never recomputed from the edits before it. A fork is a new stream whose first event
 * names the original and the revision it came from: nothing is appended to the original's stream.
 */

const id = () => z.string().check(z.minLength(1));

export const linkResourceSchema = () =>
  z.object({ kind: z.literal("link"), url: z.string(), title: z.string() });
export const talkResourceSchema = () => z.object({ kind: z.literal("talk"), proposalId: id() });
export const meetupResourceSchema = () => z.object({ kind: z.literal("meetup"), meetupId: id() });

export const resourceSchema = () =>
  z.discriminatedUnion("kind", [linkResourceSchema(), talkResourceSchema(), meetupResourceSchema()]);
export type CheckpointResource = z.infer<ReturnType<typeof resourceSchema>>;

export const checkpointSchema = () => z.object({ id: id(), task: z.string(), resource: resourceSchema() });
export type Checkpoint = z.infer<ReturnType<typeof checkpointSchema>>;

export const contentSchema = () =>
  z.object({
    goal: z.string(),
    /** Markdown source. */
    description: z.string(),
    tags: z.array(z.string()),
    /** In order: the first is done first. */
    checkpoints: z.array(checkpointSchema()),
  });
export type PathContent = z.infer<ReturnType<typeof contentSchema>>;

const origin = () => z.object({ pathId: id(), revision: z.int().check(z.positive()) });
export type PathOriginRef = z.infer<ReturnType<typeof origin>>;

export const PathDrafted = defineEvent("PathDrafted", () =>
  z.object({
    curatorId: id(),
    /** The community whose organisers look after it too; absent for a personal path (every fork). */
    communityId: z.optional(z.nullable(id())),
    content: contentSchema(),
    forkedFrom: z.optional(z.nullable(origin())),
  }),
);
/** An edit before the first publish: no revision yet. */
export const PathDraftEdited = defineEvent("PathDraftEdited", () => z.object({ content: contentSchema() }));
/**
 * The first publish makes revision 1 of the draft; publishing again after an unpublish shows the latest
 * revision again (the same number, the same content).
 */
export const PathPublished = defineEvent("PathPublished", () =>
  z.object({ revision: z.int().check(z.positive()), content: contentSchema() }),
);
/** Any edit after the first publish, shown or not: the next revision, with the curator's note. */
export const PathRevised = defineEvent("PathRevised", () =>
  z.object({ revision: z.int().check(z.positive()), content: contentSchema(), changeNote: z.string() }),
);
export const PathUnpublished = defineEvent("PathUnpublished", () => z.object({}));
/** Final: no edit, publish or fork after it. */
export const PathArchived = defineEvent("PathArchived", () => z.object({}));

export const pathEventTypes: readonly EventType[] = [
  PathDrafted,
  PathDraftEdited,
  PathPublished,
  PathRevised,
  PathUnpublished,
  PathArchived,
];

export type PathEvent =
  | EventOf<typeof PathDrafted>
  | EventOf<typeof PathDraftEdited>
  | EventOf<typeof PathPublished>
  | EventOf<typeof PathRevised>
  | EventOf<typeof PathUnpublished>
  | EventOf<typeof PathArchived>;
