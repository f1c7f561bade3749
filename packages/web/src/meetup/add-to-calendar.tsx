import { Icon } from "../components/icon";
import type { Meetup } from "./meetup-documents";

/**
 * One button, three ways in: the .ics file for Apple Calendar and every app that opens one, and the same
 * entry prefilled in Google Calendar and Outlook, which take no file from a link. A disclosure, not a
 * script-driven menu: it opens and closes by keyboard and touch with no code of ours.
 */
export function AddToCalendar({ links }: { links: Meetup["addToCalendar"] }) {
  return (
    <details className="add-to-calendar">
      <summary className="button button--secondary">
        <Icon name="meetups" size={18} />
        Add to calendar
      </summary>
      <ul className="add-to-calendar__choices">
        <li>
          <a href={links.google} target="_blank" rel="noopener noreferrer">
            Google Calendar
          </a>
        </li>
        <li>
          <a href={links.outlook} target="_blank" rel="noopener noreferrer">
            Outlook
          </a>
        </li>
        <li>
          <a href={links.ics}>Apple Calendar and others (.ics file)</a>
        </li>
      </ul>
    </details>
  );
}
