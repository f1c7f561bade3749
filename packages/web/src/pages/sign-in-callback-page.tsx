import { useEffect, useState } from "react";
import { Link, Navigate } from "react-router";
import { useSessionTokens } from "../auth/session";
import { finishSignIn, openAuthClient } from "../auth/sign-in-flow";
import { pathAfterSignIn } from "../auth/welcome";
import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/loading-state";
import { Page } from "../components/page";
import { useCurrentMember } from "../member/current-member";

/**
 * Codes are single-use, and React runs effects twice in development: the exchange for a given callback
 * URL happens once, and both runs wait for it.
 */
const exchanges = new Map<string, ReturnType<typeof finishSignIn>>();

export function SignInCallbackPage() {
  const sessionTokens = useSessionTokens();
  const [error, setError] = useState<Error | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    const key = location.search;
    let exchange = exchanges.get(key);
    if (!exchange) {
      exchange = finishSignIn(openAuthClient(), sessionStorage, location.origin, new URLSearchParams(key));
      exchanges.set(key, exchange);
    }
    exchange.then(
      ({ tokens, returnTo }) => {
        if (!active) return;
        if (sessionTokens.current()?.access !== tokens.access) sessionTokens.signIn(tokens);
        setReturnTo(returnTo);
      },
      (cause: unknown) => {
        if (active) setError(cause instanceof Error ? cause : new Error(String(cause)));
      },
    );
    return () => {
      active = false;
    };
  }, [sessionTokens]);

  if (error) {
    return (
      <Page title="Sign-in did not finish">
        <ErrorState title="We could not sign you in" error={error} />
        <Link to="/signin" className="button">
          Start the sign-in again
        </Link>
      </Page>
    );
  }
  return (
    <Page title="Signing you in">
      <LoadingState label="Finishing the sign-in…" />
      {returnTo !== null && <Onwards returnTo={returnTo} />}
    </Page>
  );
}

/** Once signed in: a newcomer to the welcome, everyone else where the sign-in was meant to go. */
function Onwards({ returnTo }: { returnTo: string }) {
  const { me, result } = useCurrentMember();
  if (result.fetching) return null;
  // Without an answer about the member, the welcome can wait: the sign-in itself went through.
  return <Navigate to={pathAfterSignIn(result.error ? null : me, returnTo, localStorage)} replace />;
}
