/**
 * What the whole application is made of: every context's event types and projections. Composition roots
 * (the local host, the Lambda handlers, the CLI) open their stores with these. A new context adds its
 * event types and projections here.
 *
 * Some event types carry personal data (declared with `personal`, see keys/personal-field.ts): commands
 * and the projector must use the event store wrapped in `personalDataStore(store, keys, meetstreamEventTypes)`,
 * or projections receive sealed text and refuse it.
 */
import { agendaEventTypes, agendaProjections } from "./agenda/index";
import { apiTokenEventTypes, apiTokenProjections } from "./api-token/index";
import { feedTokenEventTypes, feedTokenProjections } from "./calendar/feed-tokens";
import { communityEventTypes, communityProjections } from "./community/index";
import type { EventType } from "./eventstore/event-type";
import { meetupEventTypes, meetupProjections } from "./meetup/index";
import { memberEventTypes, memberProjections } from "./member/index";
import { notificationEventTypes, notificationProjections } from "./notification/index";
import { pathEventTypes, pathProjections } from "./path/index";
import { progressEventTypes, progressProjections } from "./progress/index";
import type { Projection } from "./projection/projection";
import { speakerEventTypes, speakerProjections } from "./speaker/index";
import { talkEventTypes, talkProjections } from "./talk/index";
import { webhookEventTypes, webhookProjections } from "./webhook/index";

export const meetstreamEventTypes: readonly EventType[] = [
  ...memberEventTypes,
  ...communityEventTypes,
  ...meetupEventTypes,
  ...feedTokenEventTypes,
  ...speakerEventTypes,
  ...talkEventTypes,
  ...agendaEventTypes,
  ...pathEventTypes,
  ...progressEventTypes,
  ...notificationEventTypes,
  ...webhookEventTypes,
  ...apiTokenEventTypes,
];

export const meetstreamProjections: readonly Projection[] = [
  ...memberProjections,
  ...communityProjections,
  ...meetupProjections,
  ...feedTokenProjections,
  ...speakerProjections,
  ...talkProjections,
  ...agendaProjections,
  ...pathProjections,
  ...progressProjections,
  ...notificationProjections,
  ...webhookProjections,
  ...apiTokenProjections,
];
