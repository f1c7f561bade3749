/**
 * A meetup's agenda: slots (confirmed talks and free items) in a draft the community's organisers edit,
 * released as numbered versions the public sees, each kept as it was released.
 */

export type { NewSlotInput, SlotChangesInput } from "./agenda-input";
export type { AgendaMeetup, AgendaMeetups } from "./agenda-meetups";
export { type AgendaChange, type AgendaChangeKind, agendaChanges } from "./changes";
export { type AgendaModule, type AgendaModuleOptions, agendaModule } from "./commands";
export type { CommunityRoles as AgendaCommunityRoles } from "./community-roles";
export type { ConfirmedTalk as AgendaTalk, ConfirmedTalks } from "./confirmed-talks";
export {
  type Agenda,
  type AgendaCommand,
  agendaDecider,
  type MeetupTimes,
  noAgenda,
  reorderedStarts,
  slotLimits,
} from "./decider";
export {
  type AgendaDocument,
  type AgendaVersionDocument,
  agendaKey,
  agendaProjection,
  agendaProjections,
  agendaStream,
  agendaVersionKey,
  endOfSlot,
  type TalkSlotDocument,
  talkSlotKey,
  talkSlotsPartition,
} from "./documents";
export * from "./errors";
export * from "./events";
export type {
  AgendaDraftView,
  AgendaQueries,
  AgendaSlotView,
  AgendaVersionView,
  TalkSlotView,
} from "./queries";
export { slotView } from "./queries";
