import type { AgendaMessagePayload, MessageLinks } from "@meetstream/core/notification";
import { Button } from "@react-email/button";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { meetupWhen, meetupWhere, timeOfDay } from "./meetup-times";
import { button, MessageLayout, paragraph } from "./message-layout";

/**
 * A meetup's agenda was released with the speaker's talk on it: the whole programme as released, each
 * slot at its time in the meetup's zone, so the speaker sees when they are on and who comes before.
 */
export function agendaMessage(payload: AgendaMessagePayload, links: MessageLinks) {
  const { meetup, agenda } = payload;
  const talks = agenda.talkTitles.map((title) => `“${title}”`).join(" and ");
  const lead =
    agenda.number > 1
      ? `The agenda of ${meetup.title} changed (version ${agenda.number}); your talk ${talks} is on it.`
      : `The agenda of ${meetup.title} is out, with your talk ${talks}.`;
  const where = meetupWhere(meetup);
  const element = (
    <MessageLayout
      preview={lead}
      from={meetup.communityName}
      heading={agenda.number > 1 ? "The agenda changed" : "The agenda is out"}
      reason="You get this because you speak at this meetup."
      unsubscribeUrl={links.unsubscribeUrl}
      settingsUrl={links.settingsUrl}
    >
      <Text style={paragraph}>{lead}</Text>
      {agenda.note.trim() ? (
        <Text style={paragraph}>{`The organisers note: “${agenda.note.trim()}”`}</Text>
      ) : null}
      <Section style={{ borderLeft: "3px solid #1d4ed8", margin: "16px 0", paddingLeft: "12px" }}>
        <Text style={{ ...paragraph, fontWeight: 600 }}>{meetup.title}</Text>
        <Text style={paragraph}>{meetupWhen(meetup)}</Text>
        {where ? <Text style={paragraph}>{where}</Text> : null}
        {agenda.slots.map((slot) => (
          <Text key={`${slot.startsAt}-${slot.title}`} style={{ ...paragraph, margin: "0 0 4px" }}>
            {`${timeOfDay(slot.startsAt, meetup.timeZone)} ${slot.title} (${slot.minutes} min)`}
          </Text>
        ))}
      </Section>
      <Button href={links.pageUrl} style={button}>
        See the meetup
      </Button>
    </MessageLayout>
  );
  return { subject: `Agenda ${agenda.number > 1 ? "changed" : "released"}: ${meetup.title}`, element };
}
