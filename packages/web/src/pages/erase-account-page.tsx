import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useSession } from "../auth/session";
import { CommandFailure } from "../components/command-failure";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { useCommand } from "../graphql/command";
import { useCurrentMember } from "../member/current-member";
import { EraseMeMutation } from "../member/member-documents";

/** Erasing is for good, so it takes two deliberate steps: read what happens, then confirm in so many words. */
export function EraseAccountPage() {
  const { retry, result } = useCurrentMember();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [confirmed, setConfirmed] = useState(false);
  const [showConfirmError, setShowConfirmError] = useState(false);
  const erasing = useCommand(EraseMeMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) {
      setShowConfirmError(true);
      return;
    }
    if (await erasing.run({})) {
      await signOut();
      navigate("/", { replace: true, state: { notice: "erased" } });
    }
  };

  return (
    <Page title="Erase your account" eyebrow="Your profile">
      <div className="reading-column">
        <QueryState
          result={result}
          loading="Loading your account…"
          failed="Your account could not be loaded"
          onRetry={retry}
        >
          {(me) => (
            <form
              className="card form danger-zone"
              onSubmit={submit}
              noValidate
              aria-labelledby="erase-what-heading"
            >
              <div>
                <h2 id="erase-what-heading">What erasing does</h2>
                <ul>
                  <li>
                    Your display name, handle, bio, links, picture and email address are removed for good.
                  </li>
                  <li>Your handle becomes free for someone else to take.</li>
                  <li>You are signed out on every device.</li>
                  <li>
                    It cannot be undone: signing in again with the same email starts a new, empty account.
                  </li>
                </ul>
              </div>
              <CommandFailure title="Your account was not erased" commands={[erasing]} />
              <div className="field">
                <div className="checkbox">
                  <input
                    id="erase-confirm"
                    type="checkbox"
                    checked={confirmed}
                    aria-invalid={showConfirmError && !confirmed ? true : undefined}
                    aria-describedby={showConfirmError && !confirmed ? "erase-confirm-error" : undefined}
                    onChange={(event) => setConfirmed(event.target.checked)}
                  />
                  <label htmlFor="erase-confirm">
                    I understand that erasing my account as <strong>{me.member.displayName}</strong> (
                    {me.email}) is permanent.
                  </label>
                </div>
                {showConfirmError && !confirmed && (
                  <p className="field__error" id="erase-confirm-error" role="alert">
                    Tick the box to confirm you want to erase your account.
                  </p>
                )}
              </div>
              <div className="button-row">
                <button
                  type="submit"
                  className="button button--danger"
                  disabled={erasing.fetching}
                  aria-busy={erasing.fetching}
                >
                  {erasing.fetching ? "Erasing…" : "Erase my account"}
                </button>
                <Link to="/me" className="button button--quiet">
                  Keep my account
                </Link>
              </div>
            </form>
          )}
        </QueryState>
      </div>
    </Page>
  );
}
