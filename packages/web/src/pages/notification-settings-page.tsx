import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { CommandFailure } from "../components/command-failure";
import { Notice } from "../components/notice";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork, RefetchOnRefusal, useCommand } from "../graphql/command";
import { plainRefusal } from "../graphql/refusal-words";
import {
  type MessageKindSetting,
  type NotificationSettings,
  NotificationSettingsQuery,
  ResumeNotificationsMutation,
  SetNotificationPreferenceMutation,
} from "../notification/notification-documents";

/** Where the foot of every message leads ("Choose what you get"), and the profile's way here. */
export const notificationSettingsPath = "/me/notifications";

interface CommunityChoice {
  id: string;
  name: string;
}

export function NotificationSettingsPage() {
  const [result, reexecute] = useQuery({
    query: NotificationSettingsQuery,
    requestPolicy: "cache-and-network",
  });
  const refetch = fromNetwork(reexecute);

  return (
    <Page
      title="Email notifications"
      eyebrow="Your profile"
      lead="Choose which emails Meetstream sends you. Each change is saved as you make it."
    >
      <div className="reading-column">
        <QueryState
          result={result}
          of={(data) => {
            const settings = data.me?.member.notificationSettings;
            if (!data.me || !settings) return null;
            // The communities the member belongs to: each may be chosen for apart (not those asked to join).
            const joined = data.me.communities.filter((membership) => membership.role !== "PENDING");
            const communities = joined.map(({ community }) => community);
            const organised = joined
              .filter((membership) => membership.role === "ORGANISER")
              .map(({ community }) => community);
            return { settings, communities, organised };
          }}
          loading="Loading your settings…"
          failed="Your settings could not be loaded"
          onRetry={refetch}
        >
          {({ settings, communities, organised }) => (
            <RefetchOnRefusal refetch={refetch}>
              <SettingsForm settings={settings} communities={communities} organised={organised} />
            </RefetchOnRefusal>
          )}
        </QueryState>
      </div>
    </Page>
  );
}

const everywhere = "*";
const choiceKey = (kind: string, communityId: string | null) => `${kind}@${communityId ?? everywhere}`;

/** Kinds only organisers get: shown to those who organise a community, for the communities they organise. */
const organisersKinds: ReadonlySet<string> = new Set(["WEBHOOK_DISABLED"]);

function SettingsForm({
  settings,
  communities: joined,
  organised,
}: {
  settings: NotificationSettings;
  communities: readonly CommunityChoice[];
  organised: readonly CommunityChoice[];
}) {
  // What the last command answered, until the page's query reads it too (the command's answer makes it
  // read again): the boxes never flick back to what they were in between.
  const [answered, setAnswered] = useState<NotificationSettings | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a newer answer of the query takes over
  useEffect(() => setAnswered(null), [settings]);
  const shown = answered ?? settings;
  // Boxes ticked whose change is on its way: they show what was asked for meanwhile.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [resumed, setResumed] = useState(false);
  const preference = useCommand(SetNotificationPreferenceMutation, { words: plainRefusal });
  const resume = useCommand(ResumeNotificationsMutation, { words: plainRefusal });

  const choose = async (kind: MessageKindSetting, community: CommunityChoice | null, enabled: boolean) => {
    const key = choiceKey(kind.kind, community?.id ?? null);
    setPending((current) => ({ ...current, [key]: enabled }));
    setSaved(null);
    const answer = await preference.run({
      kind: kind.kind,
      communityId: community?.id ?? null,
      enabled,
      idempotencyKey: crypto.randomUUID(),
    });
    if (answer) {
      setAnswered(answer);
      setSaved(savedWords(kind.label, community, enabled));
    }
    setPending(({ [key]: _done, ...rest }) => rest);
  };

  const everywhereOf = (kind: MessageKindSetting) => pending[choiceKey(kind.kind, null)] ?? kind.enabled;

  return (
    <div className="stack">
      {shown.suppressed && (
        <Notice tone="warning" title="We have stopped emailing you">
          <p>{suppressionWords[shown.suppressed]}</p>
          <p>Your choices below are kept. Once your address works again, resume to get them.</p>
          <button
            type="button"
            className="button button--small"
            disabled={resume.fetching}
            onClick={async () => {
              const answer = await resume.run({});
              if (answer) {
                setAnswered(answer);
                setResumed(true);
              }
            }}
          >
            Resume
          </button>
        </Notice>
      )}
      {resumed && !shown.suppressed && (
        <Notice tone="success" title="Emails will reach you again">
          What you chose below is sent to your address from now on.
        </Notice>
      )}
      <CommandFailure title="Your change could not be saved" commands={[preference, resume]} />
      <section className="card" aria-labelledby="notification-kinds-heading">
        <h2 id="notification-kinds-heading">What we email you</h2>
        <p className="muted">
          Ticked means we email you. Under each kind, choose for one of your communities apart: that choice
          stays when you change the box above it.
        </p>
        <p className="notification-saved" role="status">
          {saved}
        </p>
        <ul className="notification-kinds">
          {shown.kinds.map((kind) => {
            const enabled = everywhereOf(kind);
            const chosen = new Map(
              kind.communities.flatMap(({ community, enabled }) =>
                community ? [[community.id, enabled] as const] : [],
              ),
            );
            const communities = organisersKinds.has(kind.kind) ? organised : joined;
            // A member who organises nothing never gets it: nothing to choose, unless chosen before.
            if (communities.length === 0 && chosen.size === 0 && organisersKinds.has(kind.kind)) return null;
            // The member's communities, and any they chose for apart and have left since.
            const rows = [
              ...communities,
              ...kind.communities.flatMap(({ community }) =>
                community && !communities.some((each) => each.id === community.id) ? [community] : [],
              ),
            ];
            return (
              <li key={kind.kind} className="notification-kind">
                <label className="choice notification-kind__everywhere">
                  <input
                    type="checkbox"
                    checked={enabled}
                    onChange={(event) => choose(kind, null, event.currentTarget.checked)}
                  />
                  <span>{kind.label}</span>
                </label>
                {!enabled && !kind.onByDefault && chosen.size === 0 && (
                  <p className="muted notification-kind__note">Off until you turn it on.</p>
                )}
                {rows.length > 0 && (
                  <details className="notification-kind__communities" open={chosen.size > 0}>
                    <summary>
                      Choose for each community<span className="visually-hidden">: {kind.label}</span>
                    </summary>
                    <fieldset>
                      <legend className="visually-hidden">{kind.label}: in each community</legend>
                      {rows.map((community) => {
                        const own = pending[choiceKey(kind.kind, community.id)] ?? chosen.get(community.id);
                        return (
                          <label key={community.id} className="choice">
                            <input
                              type="checkbox"
                              checked={own ?? enabled}
                              onChange={(event) => choose(kind, community, event.currentTarget.checked)}
                            />
                            <span>
                              {community.name}
                              {own !== undefined && (
                                <span className="muted"> · chosen for this community</span>
                              )}
                            </span>
                          </label>
                        );
                      })}
                    </fieldset>
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

const suppressionWords = {
  BOUNCE: "Emails to your address could not be delivered, so we send it nothing more for now.",
  COMPLAINT: "An email from us was reported as spam from your address, so we send it nothing more for now.",
} as const;

/** What a change did, in words, for the status line that screen readers announce. */
function savedWords(label: string, community: CommunityChoice | null, enabled: boolean): string {
  const where = community ? `in ${community.name}` : "everywhere";
  return `Saved: “${label}” ${enabled ? "on" : "off"} ${where}.`;
}
