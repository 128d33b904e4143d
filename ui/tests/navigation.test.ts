import { fireEvent, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { renderApp, screenTitle } from "./render.ts";

const start = "Let Microsoft know which partner helped";

describe("moving through the wizard", () => {
  it.each([
    {
      choice: "choice-link",
      title: "Before you start",
      position: "Step 2 of 4",
      shows: ["need-partner-id", "need-account", "link-not-access", "link-once"],
    },
    {
      choice: "choice-grant",
      title: "What your partner needs from you",
      position: "Step 2 of 5",
      shows: ["grant-role", "grant-no-partner-id", "grant-many"],
    },
    {
      choice: "choice-learn",
      title: "PAL or DPOR?",
      position: "Step 2 of 2",
      shows: ["learn-pal-not-access", "learn-pal-identity", "learn-pal-who", "learn-pal-many", "learn-dpor-what"],
    },
  ])("$choice opens “$title”, and Back returns to the start", async ({ choice, title, position, shows }) => {
    renderApp({ locale: "en" });
    expect(screen.queryByTestId("back-button")).not.toBeInTheDocument();

    await fireEvent.click(screen.getByTestId(choice));

    expect(screenTitle()).toBe(title);
    expect(screen.getByTestId("step-position")).toHaveTextContent(position);
    for (const id of shows) expect(screen.getByTestId(id)).toBeInTheDocument();
    expect(screen.queryByTestId("choice-link")).not.toBeInTheDocument();
    // Keyboard and screen-reader users start reading the new screen from its heading.
    expect(screen.getByTestId("screen-title")).toHaveFocus();

    await fireEvent.click(screen.getByTestId("back-button"));

    expect(screenTitle()).toBe(start);
    expect(screen.getByTestId(choice)).toBeInTheDocument();
    expect(screen.queryByTestId("back-button")).not.toBeInTheDocument();
  });

  it("marks the current step for assistive technology", async () => {
    renderApp({ locale: "en" });
    await fireEvent.click(screen.getByTestId("choice-link"));

    const current = screen.getByTestId("step-indicator").querySelector('[aria-current="step"]');
    expect(current).toHaveTextContent("Before you start");
  });

  it("Back from the explainer returns to the screen that opened it, not to the start", async () => {
    renderApp({ locale: "en" });
    await fireEvent.click(screen.getByTestId("choice-link"));
    await fireEvent.click(screen.getByTestId("link-learn"));
    expect(screenTitle()).toBe("PAL or DPOR?");

    await fireEvent.click(screen.getByTestId("back-button"));
    expect(screenTitle()).toBe("Before you start");

    await fireEvent.click(screen.getByTestId("back-button"));
    expect(screenTitle()).toBe(start);
  });

  it("the explainer states the facts people get wrong", async () => {
    renderApp({ locale: "en" });
    await fireEvent.click(screen.getByTestId("choice-learn"));

    expect(screen.getByTestId("learn-pal-not-access")).toHaveTextContent("PAL is not access");
    expect(screen.getByTestId("learn-pal-identity")).toHaveTextContent("not to a subscription");
    expect(screen.getByTestId("learn-pal-who")).toHaveTextContent("The customer never enters a partner ID");
    expect(screen.getByTestId("learn-pal-many")).toHaveTextContent("Several partners can each have PAL");
    expect(screen.getByTestId("learn-dpor-what")).toHaveTextContent("one partner per subscription");
    expect(screen.getByTestId("learn-dpor-what")).toHaveTextContent("Enterprise Agreement and pay-as-you-go");
    expect(screen.getByTestId("learn-dpor-now")).toHaveTextContent("use PAL");
  });
});
