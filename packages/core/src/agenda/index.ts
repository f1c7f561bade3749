export { type AgendaChange, type AgendaChangeKind, agendaChanges } from "./changes";
export {
  type Agenda,
  type AgendaCommand,
  agendaDecider,
  type MeetupTimes,
  noAgenda,
  reorderedStarts,
  slotLimits,
} from "./decider";
export * from "./errors";
export * from "./events";
