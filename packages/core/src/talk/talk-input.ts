import { isTag } from "../community";
import { lazily } from "../objects/lazily";
import { markdownSource } from "../text/markdown-source";
import { instant, instantOutOfRange } from "../validation/instant";
import { multiLineText, singleLineText } from "../validation/text";
import * as z from "../validation/zod";
import { maximumCoSpeakers } from "./decider";
import { InvalidCall, InvalidProposal, type TalkIssue } from "./errors";
import type { CallDetails, Criterion, Format, ProposalDetails } from "./events";

/*
 * The rules for what organisers and speakers type. The deciders check how the parts fit together (the
 * closing after the opening, a format the call offers, a score inside its scale); here each part is
 * checked on its own.
 */

/** An id from a name, for formats and criteria typed without one: "Lightning talk" is "lightning-talk". */
const idFromName = (name: string, fallback: string): string =>
  name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40) || fallback;

const schemas = lazily(() => {
  const name = singleLineText({ trimmed: true }).check(
    z.minLength(1, "must be 1 to 80 characters"),
    z.maxLength(80, "must be 1 to 80 characters"),
  );
  const partId = z
    .string()
    .check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "must be lower-case letters, digits or hyphens"));
  const format = z.strictObject({
    id: z.optional(partId),
    name,
    minutes: z.int().check(z.gte(1, "must be 1 to 480 minutes"), z.lte(480, "must be 1 to 480 minutes")),
  });
  const criterion = z.strictObject({
    id: z.optional(partId),
    name,
    weight: z.number().check(z.gt(0, "must be above 0"), z.lte(10, "must be at most 10")),
    /** The highest score: scores run from 1 to it. */
    maximumScore: z._default(z.int().check(z.gte(2), z.lte(5)), 5),
  });
  const call = {
    title: singleLineText({ trimmed: true }).check(z.minLength(3), z.maxLength(120)),
    description: markdownSource().check(z.maxLength(10_000)),
    opensAt: instant(),
    closesAt: instant(),
    formats: z.array(format).check(z.minLength(1, "offer at least one format"), z.maxLength(10)),
    criteria: z.array(criterion).check(z.minLength(1, "review by at least one criterion"), z.maxLength(10)),
    anonymised: z.boolean(),
    meetupId: z.nullable(z.uuid("must be a meetup id")),
  };
  const callInput = z.strictObject({
    communityId: singleLineText().check(z.minLength(1), z.maxLength(100)),
    ...call,
    description: z._default(call.description, ""),
    anonymised: z._default(call.anonymised, false),
    meetupId: z._default(call.meetupId, null),
  });
  const callChanges = z.strictObject({
    title: z.optional(call.title),
    description: z.optional(call.description),
    opensAt: z.optional(call.opensAt),
    closesAt: z.optional(call.closesAt),
    formats: z.optional(call.formats),
    criteria: z.optional(call.criteria),
    anonymised: z.optional(call.anonymised),
    meetupId: z.optional(call.meetupId),
  });

  const handle = singleLineText({ trimmed: true }).check(z.minLength(1), z.maxLength(40));
  const tag = z
    .string()
    .check(
      z.refine(
        isTag,
        "must be 2 to 30 lower-case letters, digits or hyphens, not starting or ending with a hyphen",
      ),
    );
  const proposal = {
    title: singleLineText({ trimmed: true }).check(z.minLength(3), z.maxLength(120)),
    abstract: markdownSource().check(z.minLength(1, "say what the talk is about"), z.maxLength(10_000)),
    formatId: partId,
    level: z.enum(["beginner", "intermediate", "advanced"]),
    tags: z.array(tag).check(
      z.maxLength(10, "at most 10 tags"),
      z.refine((tags) => new Set(tags).size === tags.length, "each tag only once"),
    ),
    note: multiLineText({ trimmed: true }).check(z.maxLength(2000)),
    coSpeakerHandles: z
      .array(handle)
      .check(z.maxLength(maximumCoSpeakers, `at most ${maximumCoSpeakers} co-speakers`)),
  };
  const proposalInput = z.strictObject({
    callId: z.string().check(z.minLength(1), z.maxLength(100)),
    ...proposal,
    level: z._default(proposal.level, "beginner"),
    tags: z._default(proposal.tags, []),
    note: z._default(proposal.note, ""),
    coSpeakerHandles: z._default(proposal.coSpeakerHandles, []),
  });
  const proposalChanges = z.strictObject({
    title: z.optional(proposal.title),
    abstract: z.optional(proposal.abstract),
    formatId: z.optional(proposal.formatId),
    level: z.optional(proposal.level),
    tags: z.optional(proposal.tags),
    note: z.optional(proposal.note),
    coSpeakerHandles: z.optional(proposal.coSpeakerHandles),
  });

  const message = multiLineText({ trimmed: true }).check(z.maxLength(2000));
  const reviewInput = z.strictObject({
    scores: z
      .array(
        z.strictObject({ criterionId: z.string().check(z.minLength(1), z.maxLength(40)), score: z.number() }),
      )
      .check(z.maxLength(10)),
    comment: z._default(multiLineText({ trimmed: true }).check(z.maxLength(5000)), ""),
  });
  return { callInput, callChanges, proposalInput, proposalChanges, message, reviewInput };
});

type Schemas = ReturnType<typeof schemas>;
export type CallInput = z.input<Schemas["callInput"]>;
export type CallChangesInput = z.input<Schemas["callChanges"]>;
export type ProposalInput = z.input<Schemas["proposalInput"]>;
export type ProposalChangesInput = z.input<Schemas["proposalChanges"]>;
export type ReviewInput = z.input<Schemas["reviewInput"]>;

function parse<Schema extends z.core.$ZodType>(
  schema: Schema,
  input: unknown,
  failure: (issues: TalkIssue[]) => Error,
  path: string[] = [],
): z.output<Schema> {
  const result = z.safeParse(schema, input);
  if (!result.success)
    throw failure(
      result.error.issues.map((issue) => ({
        path: [...path, ...issue.path.map((part) => (typeof part === "number" ? part : String(part)))],
        message: issue.message,
      })),
    );
  return result.data;
}

const callFailure = (issues: TalkIssue[]) => new InvalidCall(issues);
const proposalFailure = (issues: TalkIssue[]) => new InvalidProposal(issues);

type FormatInput = { id?: string | undefined; name: string; minutes: number };
type CriterionInput = { id?: string | undefined; name: string; weight: number; maximumScore: number };

const formatsOf = (formats: readonly FormatInput[]): Format[] =>
  formats.map(({ id, name, minutes }, index) => ({
    id: id ?? idFromName(name, `format-${index + 1}`),
    name,
    minutes,
  }));

const criteriaOf = (criteria: readonly CriterionInput[]): Criterion[] =>
  criteria.map(({ id, name, weight, maximumScore }, index) => ({
    id: id ?? idFromName(name, `criterion-${index + 1}`),
    name,
    weight,
    scale: { minimum: 1, maximum: maximumScore },
  }));

function withinSaneRange<Parsed extends object>(parsed: Parsed, now: Date): Parsed {
  const issues = Object.entries(parsed).flatMap(([field, value]) => {
    if ((field !== "opensAt" && field !== "closesAt") || typeof value !== "string") return [];
    const message = instantOutOfRange(value, now);
    return message === undefined ? [] : [{ path: [field], message }];
  });
  if (issues.length > 0) throw new InvalidCall(issues);
  return parsed;
}

/** A new call's parts, each checked on its own; throws `InvalidCall`. */
export function parseCallInput(input: CallInput, now: Date): { communityId: string; details: CallDetails } {
  const { communityId, formats, criteria, ...rest } = withinSaneRange(
    parse(schemas().callInput, input, callFailure),
    now,
  );
  return { communityId, details: { ...rest, formats: formatsOf(formats), criteria: criteriaOf(criteria) } };
}

export function parseCallChanges(input: CallChangesInput, now: Date): Partial<CallDetails> {
  const { formats, criteria, ...rest } = withinSaneRange(
    parse(schemas().callChanges, input, callFailure),
    now,
  );
  const changes: Partial<CallDetails> = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  );
  return {
    ...changes,
    ...(formats ? { formats: formatsOf(formats) } : {}),
    ...(criteria ? { criteria: criteriaOf(criteria) } : {}),
  };
}

export function parseProposalInput(input: ProposalInput): {
  callId: string;
  details: ProposalDetails;
  coSpeakerHandles: string[];
} {
  const { callId, coSpeakerHandles, ...details } = parse(schemas().proposalInput, input, proposalFailure);
  return { callId, details, coSpeakerHandles: coSpeakerHandles.map(withoutAt) };
}

export function parseProposalChanges(input: ProposalChangesInput): {
  changes: Partial<ProposalDetails>;
  coSpeakerHandles?: string[];
} {
  const { coSpeakerHandles, ...rest } = parse(schemas().proposalChanges, input, proposalFailure);
  const changes: Partial<ProposalDetails> = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  );
  return { changes, ...(coSpeakerHandles ? { coSpeakerHandles: coSpeakerHandles.map(withoutAt) } : {}) };
}

/** "@ann" and "ann" are one handle. */
const withoutAt = (handle: string) => handle.replace(/^@/, "").toLowerCase();

export const parseDecisionMessage = (value: string): string =>
  parse(schemas().message, value, proposalFailure, ["message"]);

export const parseReviewInput = (
  input: ReviewInput,
): { scores: { criterionId: string; score: number }[]; comment: string } =>
  parse(schemas().reviewInput, input, proposalFailure);
