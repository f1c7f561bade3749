import { isUuid } from "../ids/new-id";
import { UnknownMessageKind } from "./errors";
import { isMessageKind, type MessageKind } from "./kinds";

/** A kind as people (or API clients) name it: one Meetstream sends, or `UnknownMessageKind`. */
export function parseMessageKind(kind: unknown): MessageKind {
  if (!isMessageKind(kind)) throw new UnknownMessageKind(String(kind).slice(0, 100));
  return kind;
}

/** A community a setting is for: null for everywhere; anything that is no id cannot be one. */
export const isCommunityReference = (communityId: unknown): communityId is string | null =>
  communityId === null || (typeof communityId === "string" && isUuid(communityId));
