import { localDateOf } from "@meetstream/core/clock/local-time";
import { speakerLine } from "../talk/speaker-names";
import type { PickedResource } from "./checkpoint-draft";

/** "Talk", "Meetup": what a picked resource is, as its badge says. */
export const resourceKindWords = (resource: PickedResource) => (resource.kind === "talk" ? "Talk" : "Meetup");

/** A picked resource's title. */
export const resourceTitle = (resource: PickedResource) =>
  resource.kind === "talk" ? resource.talk.title : resource.meetup.title;

/** Who gave a talk, or the day of a meetup (in the meetup's zone, where people meet): told beside its title. */
export function resourceDetail(resource: PickedResource): string {
  if (resource.kind === "talk") {
    const speakers = speakerLine(resource.talk.speakers ?? []);
    return speakers === "" ? "a talk" : `a talk by ${speakers}`;
  }
  const day = localDateOf(resource.meetup.startsAt, resource.meetup.timeZone, { weekday: true });
  return resource.meetup.phase === "PAST" ? `a meetup on ${day}, over` : `a meetup on ${day}`;
}
