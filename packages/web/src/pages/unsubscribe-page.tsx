import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/loading-state";
import { Notice } from "../components/notice";
import { Page } from "../components/page";
import { useCommand } from "../graphql/command";
import { UnsubscribeMutation } from "../notification/notification-documents";
import { notificationSettingsPath } from "./notification-settings-page";

/**
 * Where the link at the foot of every message leads: it stops that kind of message for the member it was
 * sent to as the page opens, with no sign-in (the token in the address is the authority), and says in
 * words what stopped. A link changed on its way is refused, and nothing changes.
 */
export function UnsubscribePage() {
  const [searchParameters] = useSearchParams();
  const token = searchParameters.get("token") ?? "";
  // One page per link: another token starts afresh.
  return token ? <Unsubscribing key={token} token={token} /> : <Refused reason={incomplete} />;
}

const incomplete = "This unsubscribe link is incomplete: it may have been cut short on its way.";

function Unsubscribing({ token }: { token: string }) {
  const unsubscribing = useCommand(UnsubscribeMutation);
  const [stopped, setStopped] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Once per link and attempt, though React runs effects twice in development (a second would do no harm:
  // the kind is off already, and nothing more is recorded).
  const asked = useRef(-1);

  useEffect(() => {
    if (asked.current === attempt) return;
    asked.current = attempt;
    void unsubscribing.run({ token }).then((answer) => {
      if (answer) setStopped(answer.label);
    });
  }, [attempt, token, unsubscribing]);

  if (stopped)
    return (
      <Page title="You are unsubscribed">
        <div className="reading-column stack">
          <Notice tone="success" title={`You will no longer get: ${stopped}`}>
            Only these emails stop. Everything else you get stays as you chose it.
          </Notice>
          <p>
            <Link to={notificationSettingsPath}>Choose what you get</Link>, or turn these back on there.
          </p>
        </div>
      </Page>
    );
  if (unsubscribing.rejection) return <Refused reason={unsubscribing.rejection} />;
  if (unsubscribing.error)
    return (
      <Page title="Unsubscribe">
        <div className="reading-column">
          <ErrorState
            title="We could not stop these emails yet"
            error={unsubscribing.error}
            onRetry={() => setAttempt((count) => count + 1)}
          />
        </div>
      </Page>
    );
  return (
    <Page title="Unsubscribe">
      <LoadingState label="Stopping these emails…" />
    </Page>
  );
}

function Refused({ reason }: { reason: string }) {
  return (
    <Page title="This link did not work">
      <div className="reading-column stack">
        <Notice tone="error" title="Nothing was changed">
          {reason}
        </Notice>
        <p>
          <Link to={notificationSettingsPath}>Open your email settings</Link>
        </p>
      </div>
    </Page>
  );
}
