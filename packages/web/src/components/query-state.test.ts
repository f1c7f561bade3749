import { isValidElement, type ReactElement } from "react";
import { CombinedError } from "urql";
import { describe, expect, test } from "vitest";
import { ErrorState } from "./error-state";
import { LoadingState } from "./loading-state";
import { type QueryAnswer, QueryState } from "./query-state";

type Data = { meetup: { title: string } | null; meetups: string[] };

const meetupData: Data = { meetup: { title: "Kick-off" }, meetups: ["Kick-off"] };
const failure = new CombinedError({ networkError: new Error("offline") });

/** QueryState is a plain function of its props: what it returns is what the page shows. */
const shown = (result: QueryAnswer<Data>, of: (data: Data) => unknown = (data) => data.meetup) =>
  QueryState({
    result,
    of,
    loading: "Loading the meetup…",
    failed: "This meetup could not be loaded",
    onRetry: () => {},
    empty: "There is no such meetup",
    children: (item) => `content: ${JSON.stringify(item)}`,
  }) as ReactElement<Record<string, unknown>> | string | null;

describe("a page's way through its query", () => {
  test("loading until the first answer, with the page's words", () => {
    const state = shown({ fetching: true });
    expect(isValidElement(state) && state.type).toBe(LoadingState);
    expect(isValidElement(state) && state.props.label).toBe("Loading the meetup…");
  });

  test("a failed query shows the error with its title and a way to try again, even over old data", () => {
    const state = shown({ fetching: false, data: meetupData, error: failure });
    expect(isValidElement(state) && state.type).toBe(ErrorState);
    expect(isValidElement(state) && state.props).toMatchObject({
      title: "This meetup could not be loaded",
      error: failure,
      onRetry: expect.any(Function),
    });
  });

  test("trying again after an error says it is loading again", () => {
    const state = shown({ fetching: true, error: failure });
    expect(isValidElement(state) && state.type).toBe(LoadingState);
  });

  test("an answer being read again keeps showing the content", () => {
    expect(shown({ fetching: true, data: meetupData })).toBe('content: {"title":"Kick-off"}');
  });

  test("nothing to show (null, or an empty list) says what the page says then", () => {
    expect(shown({ fetching: false, data: { meetup: null, meetups: [] } })).toBe("There is no such meetup");
    expect(shown({ fetching: false, data: { meetup: null, meetups: [] } }, (data) => data.meetups)).toBe(
      "There is no such meetup",
    );
  });

  test("no answer and nothing on its way shows nothing", () => {
    expect(shown({ fetching: false })).toBeNull();
  });

  test("the frame holds the loading and error states, not the content", () => {
    const framed = (result: QueryAnswer<Data>) =>
      QueryState({
        result,
        of: (data) => data.meetup,
        loading: "Loading the meetup…",
        failed: "This meetup could not be loaded",
        frame: (state) => ["framed", state],
        children: (meetup) => meetup.title,
      });
    expect(framed({ fetching: true })).toEqual(["framed", expect.objectContaining({ type: LoadingState })]);
    expect(framed({ fetching: false, error: failure })).toEqual([
      "framed",
      expect.objectContaining({ type: ErrorState }),
    ]);
    expect(framed({ fetching: false, data: meetupData })).toBe("Kick-off");
  });
});
