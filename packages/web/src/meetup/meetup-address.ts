/**
 * A meetup's addresses carry its public id, the one its calendar entries and feed items link to, so that
 * a meetup has one address wherever it is found; the API takes that id wherever it takes the meetup's.
 */
export const meetupPath = (meetup: { publicId: string }): string => `/meetups/${meetup.publicId}`;

/** The meetup in the organiser's console. */
export const meetupConsolePath = (meetup: { publicId: string }): string =>
  `/admin/meetups/${meetup.publicId}`;

/** The meetup's door: check-in on a phone. */
export const meetupDoorPath = (meetup: { publicId: string }): string => `${meetupConsolePath(meetup)}/door`;
