import type { Meetup } from "./meetup-documents";

/** The zoom at which a street and its neighbours show: the building, and how to reach it. */
const streetZoom = 17;

/**
 * Where OpenStreetMap shows the venue: a pin at its coordinates when the organiser gave them, else a
 * search for its address. A plain link to openstreetmap.org: the page loads no map tiles and no
 * third-party script, and nobody's browser asks a map server anything until they follow it.
 */
export function openStreetMapAddress(venue: NonNullable<Meetup["venue"]>): string {
  if (venue.coordinates) {
    const { latitude, longitude } = venue.coordinates;
    return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=${streetZoom}/${latitude}/${longitude}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(venue.address)}`;
}
