import { meetupConsolePath } from "../meetup/meetup-address";

/** The meetup's agenda builder in the console. */
export const agendaBuilderPath = (meetup: { publicId: string }): string =>
  `${meetupConsolePath(meetup)}/agenda`;
