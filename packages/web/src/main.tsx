import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, preloadPageAt } from "./app";
import { SessionTokens } from "./auth/session-tokens";
import { openAuthClient } from "./auth/sign-in-flow";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/talk.css";
import "./styles/path.css";
import "./styles/notification.css";
import "./styles/webhook.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element.");

preloadPageAt(location.pathname);

const tokens = new SessionTokens(localStorage, openAuthClient());

createRoot(root).render(
  <StrictMode>
    <App tokens={tokens} />
  </StrictMode>,
);
