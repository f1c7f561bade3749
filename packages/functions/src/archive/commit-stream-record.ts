import { parse } from "@aws-lambda-powertools/parser";
import * as z from "@meetstream/core/validation/zod";

/*
 * A record of the event table's DynamoDB stream, as much of it as the archiver reads, in the stream's
 * marshalled form ({ S: "…" }, { N: "…" }). Declared with zod/mini and read with the Parser's `parse`,
 * not with the Parser's own `DynamoDBStreamRecord` or the batch processor's parser option: those import
 * all of zod (≈440 KB minified), more than the rest of the Lambda bundle.
 */
const text = z.pipe(
  z.object({ S: z.string() }),
  z.transform(({ S }) => S),
);
const whole = z.pipe(
  z.object({ N: z.string().check(z.regex(/^\d+$/)) }),
  z.transform(({ N }) => Number(N)),
);

const storedEvent = z.pipe(
  z.object({
    M: z.object({ id: text, type: text, schemaVersion: whole, data: text, meta: text }),
  }),
  z.transform(({ M }) => M),
);

/** The commit item: the stream, the version of its first event, and the events as the log encoded them. */
export const commitImage = z.object({
  stream: text,
  firstVersion: whole,
  lastVersion: whole,
  committedAt: text,
  events: z.pipe(
    z.object({ L: z.array(storedEvent) }),
    z.transform(({ L }) => L),
  ),
});

export const eventTableStreamRecord = z.object({
  eventID: z.string(),
  eventName: z.enum(["INSERT", "MODIFY", "REMOVE"]),
  dynamodb: z.object({
    Keys: z.object({ stream: text, firstVersion: whole }),
    NewImage: z.optional(z.record(z.string(), z.unknown())),
  }),
});

export type EventTableStreamRecord = z.output<typeof eventTableStreamRecord>;

/**
 * Event id claims live in the same table with sort key 0 (see eventstore/dynamodb.ts); commits start at
 * version 1. Only new items matter: the log never changes or removes one.
 */
export const holdsNewCommit = (record: EventTableStreamRecord): boolean =>
  record.eventName === "INSERT" && record.dynamodb.Keys.firstVersion > 0;

/** The commit a new item of the event table holds, read with the Parser (a Standard Schema, no zod classic). */
export const parseCommitImage = (image: unknown) => parse(image, undefined, commitImage);
