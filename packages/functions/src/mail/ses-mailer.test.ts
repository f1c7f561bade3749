import { describe, expect, test } from "vitest";
import { signInCodeMessage } from "../auth/issuer";
import { recordingSesClient } from "../testing/recording-ses-client";
import { sesMailer } from "./ses-mailer";

describe("SES mailer", () => {
  test("sends a sign-in code as one plain-text SendEmail from the configured sender (mock SESv2 client)", async () => {
    const client = recordingSesClient();
    const mailer = sesMailer({ client: client as never, from: "Meetstream <signin@meetstream.example>" });

    await mailer.send(signInCodeMessage("ann@example.com", "123456"));

    expect(client.sent).toEqual([
      {
        FromEmailAddress: "Meetstream <signin@meetstream.example>",
        Destination: { ToAddresses: ["ann@example.com"] },
        Content: {
          Simple: {
            Subject: { Data: "Your Meetstream sign-in code: 123456", Charset: "UTF-8" },
            Body: { Text: { Data: expect.stringContaining("is 123456."), Charset: "UTF-8" } },
          },
        },
        ConfigurationSetName: undefined,
      },
    ]);
  });

  test("names the configuration set when one is given, so bounces are tracked (mock SESv2 client)", async () => {
    const client = recordingSesClient();
    const mailer = sesMailer({
      client: client as never,
      from: "signin@meetstream.example",
      configurationSet: "meetstream",
    });

    await mailer.send({ to: "bob@example.com", subject: "Hello", text: "Hi" });

    expect(client.sent[0]?.ConfigurationSetName).toBe("meetstream");
  });

  test("a message SES refuses is an error for the caller, not a silent loss (mock SESv2 client)", async () => {
    const refused = Object.assign(new Error("Email address is not verified."), { name: "MessageRejected" });
    const mailer = sesMailer({
      client: recordingSesClient({ failWith: refused }) as never,
      from: "signin@meetstream.example",
    });

    await expect(mailer.send({ to: "cy@example.com", subject: "Hello", text: "Hi" })).rejects.toThrow(
      "not verified",
    );
  });

  test("sends HTML beside the text, the unsubscribe headers and a calendar attachment in the same SendEmail (mock SESv2 client)", async () => {
    const client = recordingSesClient();
    const mailer = sesMailer({ client: client as never, from: "Meetstream <hello@meetstream.example>" });

    await mailer.send({
      to: "ann@example.com",
      subject: "Rescheduled: Serverless Rotterdam",
      text: "It moved to Thursday.",
      html: "<p>It moved to <strong>Thursday</strong>.</p>",
      headers: {
        "List-Unsubscribe": "<https://meetstream.example/unsubscribe?token=t>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
      attachments: [
        { fileName: "meetup.ics", contentType: "text/calendar; method=REQUEST", content: "BEGIN:VCALENDAR" },
      ],
    });

    expect(client.sent[0]?.Content?.Simple).toEqual({
      Subject: { Data: "Rescheduled: Serverless Rotterdam", Charset: "UTF-8" },
      Body: {
        Text: { Data: "It moved to Thursday.", Charset: "UTF-8" },
        Html: { Data: "<p>It moved to <strong>Thursday</strong>.</p>", Charset: "UTF-8" },
      },
      Headers: [
        { Name: "List-Unsubscribe", Value: "<https://meetstream.example/unsubscribe?token=t>" },
        { Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" },
      ],
      Attachments: [
        {
          FileName: "meetup.ics",
          ContentType: "text/calendar; method=REQUEST",
          RawContent: Buffer.from("BEGIN:VCALENDAR"),
          ContentDisposition: "ATTACHMENT",
        },
      ],
    });
  });
});
