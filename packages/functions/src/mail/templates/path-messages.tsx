import type { MessageLinks, PathMessagePayload } from "@meetstream/core/notification";
import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { button, MessageLayout, paragraph } from "./message-layout";

/** The learner did every checkpoint of a path's revision: a word of congratulation, asked for. */
export function pathMessage(payload: PathMessagePayload, links: MessageLinks) {
  const { path } = payload;
  const checkpoints =
    path.checkpointCount === 1 ? "its checkpoint" : `all ${path.checkpointCount} checkpoints`;
  const lead = `You completed “${path.title}”: ${checkpoints} done.`;
  const element = (
    <MessageLayout
      preview={lead}
      from="Meetstream learning paths"
      heading="Path completed"
      reason="You get this because you asked to hear when you complete a learning path."
      unsubscribeUrl={links.unsubscribeUrl}
      settingsUrl={links.settingsUrl}
    >
      <Text style={paragraph}>{lead}</Text>
      <Button href={links.pageUrl} style={button}>
        See the path
      </Button>
    </MessageLayout>
  );
  return { subject: `You completed ${path.title}`, element };
}
