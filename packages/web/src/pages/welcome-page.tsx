import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { safeReturnPath } from "../auth/sign-in-flow";
import { skipWelcome, welcomePath } from "../auth/welcome";
import { type Community, SuggestedCommunitiesQuery } from "../community/community-documents";
import { MembershipButton } from "../community/membership-button";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { TagList } from "../components/tag-list";
import { fromNetwork } from "../graphql/command";
import { useCurrentMember } from "../member/current-member";
import type { CurrentMember } from "../member/member-documents";
import { NameAndHandleForm } from "../profile/name-and-handle-form";

const suggestions = 4;

/**
 * After the first sign-in: a name and a handle, then a community or two to join, then on to where the
 * sign-in was going (`?next=`). Either step can be skipped.
 */
export function WelcomePage() {
  const { retry, result } = useCurrentMember();
  const [search] = useSearchParams();
  const next = safeReturnPath(search.get("next"));
  const onwards = next.startsWith(welcomePath) ? "/me" : next;
  return (
    <Page
      title="Welcome to Meetstream"
      lead="Two short steps: how other members see you, then a community to join."
    >
      <div className="reading-column">
        <QueryState
          result={result}
          loading="Loading your profile…"
          failed="Your profile could not be loaded"
          onRetry={retry}
        >
          {(me) => <WelcomeSteps key={me.member.id} me={me} onwards={onwards} />}
        </QueryState>
      </div>
    </Page>
  );
}

function WelcomeSteps({ me, onwards }: { me: CurrentMember; onwards: string }) {
  const navigate = useNavigate();
  const [step, setStep] = useState<"profile" | "communities">(me.newcomer ? "profile" : "communities");
  const skip = (
    <Link
      to={onwards}
      className="button button--quiet"
      onClick={() => skipWelcome(localStorage, me.member.id)}
    >
      Skip for now
    </Link>
  );
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="welcome-profile-heading">
        <h2 id="welcome-profile-heading">1. Your name and handle</h2>
        {step === "profile" ? (
          <NameAndHandleForm
            profile={me.member}
            startBlank={me.newcomer}
            onSaved={() => setStep("communities")}
          >
            {skip}
          </NameAndHandleForm>
        ) : (
          <p>
            Members see you as <strong>{me.member.displayName}</strong>
            {me.member.handle && (
              <>
                {" "}
                at <Link to={`/members/${me.member.handle}`}>@{me.member.handle}</Link>
              </>
            )}
            . You can add a bio and links later, from your profile.
          </p>
        )}
      </section>
      {step === "communities" && (
        <section className="card stack" aria-labelledby="welcome-communities-heading">
          <h2 id="welcome-communities-heading">2. Communities to join</h2>
          <Suggestions me={me} />
          <div className="button-row">
            <button type="button" className="button" onClick={() => navigate(onwards, { replace: true })}>
              Continue
            </button>
            <Link to="/communities" className="button button--quiet">
              Browse every community
            </Link>
          </div>
        </section>
      )}
    </div>
  );
}

/**
 * The communities suggested when the step opened, kept as they were: one joined stays in the list, with
 * its new standing (from `me`, which a join reads again), instead of vanishing from under the pointer.
 */
function Suggestions({ me }: { me: CurrentMember }) {
  const [result, reexecute] = useQuery({
    query: SuggestedCommunitiesQuery,
    variables: { first: suggestions },
  });
  const [shown, setShown] = useState<Community[] | null>(null);
  const answered = result.data?.me?.suggestedCommunities;
  if (shown === null && answered && !result.stale) setShown(answered);
  const roles = new Map(me.communities.map(({ community, role }) => [community.id, role]));
  return (
    <QueryState
      result={{
        fetching: shown === null,
        data: shown ?? undefined,
        error: shown === null ? result.error : undefined,
      }}
      of={(communities) => (communities.length > 0 ? communities : null)}
      loading="Finding communities…"
      failed="Communities could not be loaded"
      onRetry={fromNetwork(reexecute)}
      empty={<p className="muted">No community to suggest right now: you belong to every one there is.</p>}
    >
      {(communities) => (
        <ul className="stack plain-list">
          {communities.map((community) => (
            <li key={community.id} className="card stack">
              <h3>
                <Link to={`/communities/${community.slug}`}>{community.name}</Link>
              </h3>
              <p className="muted">
                {community.memberCount} {community.memberCount === 1 ? "member" : "members"}
                {community.joinMode === "APPROVAL" && " · Organisers approve new members"}
              </p>
              <TagList tags={community.tags} label={`Tags of ${community.name}`} />
              <MembershipButton community={{ ...community, viewerRole: roles.get(community.id) ?? null }} />
            </li>
          ))}
        </ul>
      )}
    </QueryState>
  );
}
