import { localTimeOf } from "@meetstream/core/clock/local-time";
import { useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import {
  type ApiTokenItem,
  CreateApiTokenMutation,
  MyApiTokensQuery,
  RevokeApiTokenMutation,
} from "../api-token/api-token-documents";
import { useSession } from "../auth/session";
import { CommandFailure } from "../components/command-failure";
import { FormField } from "../components/form-field";
import { Notice } from "../components/notice";
import { Page } from "../components/page";
import { QueryState } from "../components/query-state";
import { fromNetwork, RefetchOnRefusal, useCommand } from "../graphql/command";
import { plainRefusal } from "../graphql/refusal-words";
import { viewerTimeZone } from "../meetup/time-zones";
import "../styles/api.css";

/** The public API's page: how a script or another app reads Meetstream, and the member's tokens for it. */
export const apiPagePath = "/api";

const schemaPath = "/graphql/schema.graphql";

const scopeWords: Record<ApiTokenItem["scope"], string> = {
  READ: "Read only",
  READ_WRITE: "Read and write",
};

export function ApiPage() {
  const origin = location.origin;
  const publicQuery = "{ upcomingMeetups(first: 5) { edges { node { title startsAt } } } }";
  const getUrl = `${origin}/graphql?query=${encodeURIComponent(publicQuery)}`;
  return (
    <Page
      title="The Meetstream API"
      eyebrow="For developers"
      lead="Everything the web app shows comes from one GraphQL API, and your scripts can use it too: public reads need no sign-in, and your own API tokens act for you."
    >
      <div className="reading-column stack api-page">
        <section className="stack" aria-labelledby="api-endpoint">
          <h2 id="api-endpoint">Endpoint and schema</h2>
          <p>
            Send queries to <code>{origin}/graphql</code> as JSON over POST, or in the query string over GET
            (queries only). Every request carries the header <code>x-meetstream-csrf: 1</code>; a form on
            another site cannot set it, which is what keeps members' sessions safe.
          </p>
          <p>
            The whole schema, with a description of every field, is at{" "}
            <a href={schemaPath} download="meetstream.graphql">
              {schemaPath}
            </a>
            . Generate your client's types from it: introspection is off in production.
          </p>
        </section>

        <section className="stack" aria-labelledby="api-examples">
          <h2 id="api-examples">Examples</h2>
          <p>A public read with curl, over GET (cacheable):</p>
          <pre className="code-block">
            <code>{`curl -H 'x-meetstream-csrf: 1' \\\n  '${getUrl}'`}</code>
          </pre>
          <p>As yourself, with one of your tokens, over POST:</p>
          <pre className="code-block">
            <code>{`curl -X POST '${origin}/graphql' \\
  -H 'content-type: application/json' \\
  -H 'x-meetstream-csrf: 1' \\
  -H "authorization: Bearer $MEETSTREAM_TOKEN" \\
  -d '{"query":"{ me { member { displayName } rsvps(first: 5) { edges { node { meetup { title } } } } } }"}'`}</code>
          </pre>
          <p>In JavaScript:</p>
          <pre className="code-block">
            <code>{`const response = await fetch("${origin}/graphql", {
  method: "POST",
  headers: {
    "content-type": "application/json",
    "x-meetstream-csrf": "1",
    authorization: \`Bearer \${process.env.MEETSTREAM_TOKEN}\`,
  },
  body: JSON.stringify({
    query: "query ($slug: String!) { community(slug: $slug) { name memberCount } }",
    variables: { slug: "serverless-rotterdam" },
  }),
});
const { data, errors } = await response.json();`}</code>
          </pre>
        </section>

        <ApiTokensSection />

        <section className="stack" aria-labelledby="api-limits">
          <h2 id="api-limits">Limits</h2>
          <ul>
            <li>
              600 requests a minute from one address, and 1,200 a minute for one API token, wherever it is
              used.
            </li>
            <li>
              Every answer says where you stand: <code>RateLimit-Limit</code>,{" "}
              <code>RateLimit-Remaining</code>, <code>RateLimit-Reset</code> (seconds until the count starts
              again) and <code>RateLimit-Policy</code>.
            </li>
            <li>
              Over the limit, the answer is <code>429 Too Many Requests</code> with <code>Retry-After</code>{" "}
              in seconds and the error code <code>RATE_LIMITED</code>: wait that long and go on.
            </li>
            <li>
              A query may nest 10 levels deep at most, with 15 aliases and a bounded cost: each refusal says
              why.
            </li>
          </ul>
        </section>

        <section className="stack" aria-labelledby="api-pagination">
          <h2 id="api-pagination">Pagination</h2>
          <p>
            Lists are Relay connections: ask for <code>first</code> items (50 at most) and pass the last{" "}
            <code>pageInfo.endCursor</code> as <code>after</code> for the next page, while{" "}
            <code>pageInfo.hasNextPage</code> is true. A cursor is opaque: keep it as it is.
          </p>
        </section>

        <section className="stack" aria-labelledby="api-errors">
          <h2 id="api-errors">Errors</h2>
          <p>
            A mutation answers a result union: what it did, or a rejection of the domain's rules (a full
            meetup, a handle taken). Ask for <code>{"... on Error { code message }"}</code> and handle the
            codes you care about; <code>code</code> is stable, <code>message</code> is for people.
          </p>
          <p>
            What stops a request as a whole comes as a GraphQL error with <code>extensions.code</code>:{" "}
            <code>UNAUTHENTICATED</code> (401: a token that is expired, revoked or not ours),{" "}
            <code>TOKEN_READ_ONLY</code> and <code>SESSION_REQUIRED</code> (403), <code>RATE_LIMITED</code>{" "}
            (429), and the query limits.
          </p>
        </section>

        <section className="stack" aria-labelledby="api-caching">
          <h2 id="api-caching">Caching</h2>
          <p>
            An anonymous query over GET of public fields comes with{" "}
            <code>Cache-Control: public, max-age=0, s-maxage=60</code> (30 for meetups, whose seats change):
            the CDN keeps it for a minute, and your client asks again each time with the answer's{" "}
            <code>ETag</code> as <code>If-None-Match</code>, for a bodiless <code>304</code> when nothing
            changed. Anything about the viewer, and every answer to a signed-in request, is{" "}
            <code>private, no-store</code>. The schema marks each field's hint with <code>@cacheControl</code>
            .
          </p>
        </section>
      </div>
    </Page>
  );
}

function ApiTokensSection() {
  const session = useSession();
  return (
    <section className="stack" aria-labelledby="api-tokens">
      <h2 id="api-tokens">Your API tokens</h2>
      <p>
        A token acts for you in scripts: send it as <code>Authorization: Bearer &lt;token&gt;</code>. A
        read-only token answers queries alone; a read-and-write one may change what you may change. No token
        can make or revoke tokens or erase your account. Each is shown once, when it is made: keep it like a
        password, and revoke it the moment it leaks.
      </p>
      {session.signedIn ? (
        <MyApiTokens />
      ) : (
        <p>
          <Link to={`/signin?next=${encodeURIComponent("/api")}`} className="button button--secondary">
            Sign in to make a token
          </Link>
        </p>
      )}
    </section>
  );
}

function MyApiTokens() {
  const [result, reexecute] = useQuery({ query: MyApiTokensQuery, requestPolicy: "cache-and-network" });
  const refetch = fromNetwork(reexecute);
  // A secret is answered once, by the command that made it: it stays on the page until dismissed.
  const [made, setMade] = useState<{ name: string; secret: string } | null>(null);
  return (
    <RefetchOnRefusal refetch={refetch}>
      {made && (
        <Notice tone="success" title={`Your token “${made.name}” is made`} takesFocus>
          <p>Copy it now: it is shown only this once.</p>
          <p>
            <code className="api-secret">{made.secret}</code>
          </p>
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => setMade(null)}
          >
            I have copied it
          </button>
        </Notice>
      )}
      <NewTokenForm
        onMade={(name, secret) => {
          setMade({ name, secret });
          refetch();
        }}
      />
      <QueryState
        result={result}
        of={(data) => data.me?.apiTokens ?? null}
        loading="Loading your tokens…"
        failed="Your tokens could not be loaded"
        onRetry={refetch}
        empty={<p className="muted">You have no token yet.</p>}
      >
        {(tokens) => (
          <ul className="stack api-token-list" aria-label="Your tokens in use">
            {tokens.map((token) => (
              <TokenRow key={token.id} token={token} refetch={refetch} />
            ))}
          </ul>
        )}
      </QueryState>
    </RefetchOnRefusal>
  );
}

function NewTokenForm({ onMade }: { onMade(name: string, secret: string): void }) {
  const [name, setName] = useState("");
  const [scope, setScope] = useState<"READ" | "READ_WRITE">("READ");
  const [nameError, setNameError] = useState<string | undefined>();
  const create = useCommand(CreateApiTokenMutation, {
    words: plainRefusal,
    onInvalidApiToken: (refusal) => setNameError(refusal.message),
  });
  return (
    <form
      className="form card"
      aria-labelledby="new-token-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        setNameError(undefined);
        const answer = await create.run({ name, scope });
        if (answer?.__typename === "ApiTokenWithSecret") {
          onMade(answer.token.name, answer.secret);
          setName("");
        }
      }}
    >
      <h3 id="new-token-heading">Make a token</h3>
      <FormField
        id="token-name"
        label="Name"
        hint="To tell your tokens apart, e.g. “Nightly export”."
        error={nameError}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={60}
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
          />
        )}
      </FormField>
      <fieldset className="form-field">
        <legend>What it may do</legend>
        {(["READ", "READ_WRITE"] as const).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="token-scope"
              value={value}
              checked={scope === value}
              onChange={() => setScope(value)}
            />{" "}
            {scopeWords[value]}
          </label>
        ))}
      </fieldset>
      <CommandFailure title="The token could not be made" commands={[create]} />
      <div className="button-row">
        <button type="submit" className="button" disabled={create.fetching}>
          {create.fetching ? "Making…" : "Make the token"}
        </button>
      </div>
    </form>
  );
}

function TokenRow({ token, refetch }: { token: ApiTokenItem; refetch(): void }) {
  const revoke = useCommand(RevokeApiTokenMutation, { words: plainRefusal, refresh: refetch });
  return (
    <li className="card api-token">
      <div>
        <strong>{token.name}</strong>
        <p className="muted">
          {scopeWords[token.scope]} · made {localTimeOf(token.createdAt, viewerTimeZone())}
        </p>
      </div>
      <CommandFailure title="The token could not be revoked" commands={[revoke]} />
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={revoke.fetching}
        aria-label={`Revoke ${token.name}`}
        onClick={() => revoke.run({ tokenId: token.id })}
      >
        {revoke.fetching ? "Revoking…" : "Revoke"}
      </button>
    </li>
  );
}
