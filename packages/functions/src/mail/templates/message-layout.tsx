import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Text } from "@react-email/text";
import type { ReactNode } from "react";

const body = {
  backgroundColor: "#f6f7f9",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', sans-serif",
  margin: 0,
};
const card = {
  backgroundColor: "#ffffff",
  borderRadius: "8px",
  margin: "24px auto",
  maxWidth: "560px",
  padding: "24px",
};
/** The words of a message, and its one button: the same in every template. */
export const paragraph = { fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" };
export const button = {
  backgroundColor: "#1d4ed8",
  borderRadius: "6px",
  color: "#ffffff",
  fontSize: "15px",
  padding: "10px 16px",
  textDecoration: "none",
};

const small = { color: "#4b5563", fontSize: "13px", lineHeight: "20px" };

/** Every message's frame: who it is from, its words, and why the member gets it with a way to stop it. */
export function MessageLayout(props: {
  preview: string;
  from: string;
  heading: string;
  children: ReactNode;
  reason: string;
  unsubscribeUrl: string;
  settingsUrl: string;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={body}>
        <Container style={card}>
          <Text style={small}>{props.from}</Text>
          <Heading as="h1" style={{ fontSize: "22px", lineHeight: "28px", margin: "0 0 16px" }}>
            {props.heading}
          </Heading>
          {props.children}
          <Hr style={{ borderColor: "#e5e7eb", margin: "24px 0 12px" }} />
          <Text style={small}>
            {props.reason} <Link href={props.unsubscribeUrl}>Stop these messages</Link> ·{" "}
            <Link href={props.settingsUrl}>Choose what you get</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
