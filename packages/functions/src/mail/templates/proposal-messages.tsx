import type { MessageLinks, ProposalMessagePayload } from "@meetstream/core/notification";
import { Button } from "@react-email/button";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { button, MessageLayout, paragraph } from "./message-layout";

/**
 * The organisers decided on a proposal: each of its speakers hears what, with the organisers' words. A
 * rejection says so plainly and kindly; an acceptance asks for the confirmation the talk still needs.
 */
export function proposalMessage(payload: ProposalMessagePayload, links: MessageLinks) {
  const { proposal } = payload;
  const accepted = proposal.decision === "accepted";
  const call = proposal.callTitle ? ` to “${proposal.callTitle}”` : "";
  const lead = accepted
    ? `${proposal.communityName} accepted your proposal “${proposal.title}”${call}. Confirm that you will give it, and it goes on the meetup's agenda.`
    : `${proposal.communityName} decided not to take your proposal “${proposal.title}”${call} this time.`;
  const element = (
    <MessageLayout
      preview={lead}
      from={proposal.communityName}
      heading={accepted ? "Your proposal is accepted" : "About your proposal"}
      reason="You get this because you are a speaker on this proposal."
      unsubscribeUrl={links.unsubscribeUrl}
      settingsUrl={links.settingsUrl}
    >
      <Text style={paragraph}>{lead}</Text>
      {proposal.message.trim() ? (
        <Section style={{ borderLeft: "3px solid #1d4ed8", margin: "16px 0", paddingLeft: "12px" }}>
          <Text style={paragraph}>{`The organisers write: “${proposal.message.trim()}”`}</Text>
        </Section>
      ) : null}
      <Button href={links.pageUrl} style={button}>
        {accepted ? "Confirm your talk" : "See your proposals"}
      </Button>
    </MessageLayout>
  );
  const subject = accepted
    ? `Accepted: ${proposal.title}`
    : `Your proposal to ${proposal.communityName}: ${proposal.title}`;
  return { subject, element };
}
