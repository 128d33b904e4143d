// The "PAL or DPOR?" helper against a fake backend: the answers it sends, the recommendation it shows (steps in
// order, the rules with their sources, in the person's language), and the way on.
import { fireEvent, screen, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { Decision } from "../src/lib/backend/index.ts";
import { goTo } from "../src/lib/navigation.svelte.ts";
import { renderApp, screenTitle } from "./render.ts";

const cspDecision: Decision = {
  usePal: true,
  dporCouldApply: "no",
  roleNeeded: "Contributor",
  steps: ["customerInvitesGuest", "customerGivesRole", "partnerLinksInEachDirectory"],
  rules: [
    {
      principle: "cspAdminOnBehalfOfCannotLink",
      source: "linkPartnerId",
    },
    {
      principle: "dporRetired",
      source: "palOrDpor",
    },
  ],
  next: "link",
};

describe("the PAL or DPOR helper", () => {
  it("sends the answers, shows the steps in order and the rules with their sources, then leads on", async () => {
    const { calls } = renderApp({ locale: "en", answers: { decide: { ok: cspDecision } } });
    goTo("learn");
    const helper = await screen.findByTestId("decision-helper");
    await fireEvent.click(within(helper).getByTestId("decide-subscription-csp"));
    await fireEvent.click(within(helper).getByTestId("decide-access-cspAdminOnBehalfOf"));
    await fireEvent.click(within(helper).getByTestId("decide-submit"));
    const answer = await screen.findByTestId("decide-answer");
    expect(calls.find((c) => c.cmd === "decide")?.args).toEqual({
      situation: { asker: "partner", subscription: "csp", goal: "incentives", access: "cspAdminOnBehalfOf" },
    });
    expect(answer).toHaveTextContent("Use Partner Admin Link (PAL).");
    expect(answer).toHaveTextContent("DPOR never applied to this kind of subscription.");
    expect(screen.getByTestId("decide-role")).toHaveTextContent("at least the Contributor role");
    const steps = within(screen.getByTestId("decide-steps")).getAllByRole("listitem");
    expect(steps.map((s) => s.getAttribute("data-step"))).toEqual(cspDecision.steps);
    expect(steps[0]).toHaveTextContent("invites the partner's user as a guest");
    expect(steps[1]).toHaveTextContent("the Contributor role");
    const rules = screen.getAllByTestId("decide-rule");
    expect(rules[0]).toHaveTextContent("through admin on behalf of has no account there");
    expect(rules[0]).not.toHaveTextContent("English text from the core");
    expect(screen.getByTestId("decide-rule-source-dporRetired")).toBeInTheDocument();
    await fireEvent.click(screen.getByTestId("decide-next"));
    expect(screenTitle()).toBe("Before you start");
  });

  it("speaks Traditional Chinese and sends a customer to the customer's path", async () => {
    renderApp({
      locale: "zh-TW",
      answers: { decide: { ok: { ...cspDecision, steps: ["customerGivesRole", "customerTellsPartner"], next: "grant" } } },
    });
    goTo("learn");
    await fireEvent.click(await screen.findByTestId("decide-asker-customer"));
    await fireEvent.click(screen.getByTestId("decide-submit"));
    expect(await screen.findByTestId("decide-answer")).toHaveTextContent("請使用合作夥伴管理連結（PAL）。");
    expect(screen.getByTestId("decide-next")).toHaveTextContent("繼續：授與合作夥伴存取權");
    await fireEvent.click(screen.getByTestId("decide-next"));
    expect(screen.getByTestId("grant-continue")).toBeInTheDocument();
  });
});
