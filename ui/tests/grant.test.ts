// The customer admin's path against a fake backend: approving the partner's app, what the admin may do, finding
// or inviting the partner, the role's consequences and the Owner warning, giving the role, and taking it back.
import { fireEvent, screen, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type {
  Account,
  AdminPermissions,
  GrantOutcome,
  GrantPlan,
  GrantRequest,
  PartnerAssignment,
  PartnerPrincipal,
  RoleChoice,
} from "../src/lib/backend/index.ts";
import { fail, ok, type FakeAnswers, type IpcCall } from "../src/lib/backend/testing.ts";
import { goTo } from "../src/lib/navigation.svelte.ts";
import { setPrivacy } from "../src/lib/privacy.svelte.ts";
import { setStatus } from "../src/lib/session.svelte.ts";
import { renderApp, screenTitle } from "./render.ts";

const tenant = "aaaaaaaa-0000-4000-8000-000000000009";
const prod = "bbbbbbbb-0000-4000-8000-000000000009";
const dev = "bbbbbbbb-0000-4000-8000-0000000000d9";
const samOid = "cccccccc-0000-4000-8003-000000000004";
const lee: Account = {
  id: "lee.home",
  kind: "user",
  name: "Lee Gu",
  username: "admin@lucernepublishing.onmicrosoft.com",
  homeTenantId: tenant,
};

const directories = [
  { tenantId: tenant, name: "Lucerne Publishing", defaultDomain: "lucernepublishing.onmicrosoft.com", isHome: true, signedIn: true },
];

function permissions(canGrant: boolean): AdminPermissions {
  const sub = (id: string, name: string) => ({
    subscriptionId: id,
    displayName: name,
    canGrant,
    rolesHeld: canGrant ? ["Owner"] : ["Reader"],
    whoCan: null,
  });
  return {
    tenantId: tenant,
    adminObjectId: "cccccccc-0000-4000-8000-000000000003",
    adminName: "Lee Gu",
    subscriptions: [sub(prod, "Lucerne Azure plan"), sub(dev, "Lucerne dev")],
    canGrantSomewhere: canGrant,
    canInvite: "likely",
  };
}

function roleChoice(role: RoleChoice["role"], name: string, incentives: "yes" | "no"): RoleChoice {
  return {
    role,
    roleDefinitionId: "guid",
    name,
    palRecognition: "yes",
    palIncentives: incentives,
    addOn: role === "supportRequestContributor",
    needsAcknowledgement: role === "owner",
    source: "builtInRoles",
  };
}

const choices = [
  roleChoice("reader", "Reader", "no"),
  roleChoice("contributor", "Contributor", "yes"),
  roleChoice("supportRequestContributor", "Support Request Contributor", "no"),
  roleChoice("owner", "Owner", "yes"),
];

const sam: PartnerPrincipal = {
  objectId: samOid,
  principalType: "User",
  displayName: "sam@contosopartner.onmicrosoft.com",
};

function plan(request: GrantRequest): GrantPlan {
  return {
    tenantId: tenant,
    principal: request.principal,
    role: choices.find((c) => c.role === request.role) as RoleChoice,
    steps: request.scopes.map((s) => ({
      scope: s,
      scopePath: `/subscriptions/${s.subscriptionId}`,
      scopeName: s.subscriptionId === prod ? "Lucerne Azure plan" : "Lucerne dev",
      action: "create",
      existingAssignmentId: null,
    })),
  };
}

function outcome(request: GrantRequest): GrantOutcome {
  return {
    tenantId: tenant,
    principal: request.principal,
    role: request.role,
    complete: true,
    results: request.scopes.map((s) => ({
      scopePath: `/subscriptions/${s.subscriptionId}`,
      scopeName: s.subscriptionId === prod ? "Lucerne Azure plan" : "Lucerne dev",
      outcome: "created",
      assignmentId: `/subscriptions/${s.subscriptionId}/providers/Microsoft.Authorization/roleAssignments/x`,
      requestId: null,
      error: null,
    })),
  };
}

function lastArgs(calls: IpcCall[], cmd: string): Record<string, unknown> {
  const found = calls.filter((c) => c.cmd === cmd).at(-1);
  return (found?.args ?? {}) as Record<string, unknown>;
}

function openGrantAccess(answers: FakeAnswers) {
  const rendered = renderApp({
    locale: "en",
    answers: { list_directories: ok(directories), role_choices: ok(choices), ...answers },
  });
  setStatus({ readiness: "ready", problem: null, persistent: true, accounts: [lee] });
  goTo("grant");
  goTo("grantApp");
  goTo("signIn");
  goTo("grantAccess");
  return rendered;
}

describe("approving the partner's app", () => {
  it("opens Microsoft's page for the directory and app typed, and confirms the directory that approved", async () => {
    const { calls } = renderApp({
      locale: "en",
      answers: { partner_app_id: ok("eeeeeeee-0000-4000-8000-000000000001"), approve_sign_in_app: ok(tenant) },
    });
    goTo("grant");
    await fireEvent.click(await screen.findByTestId("grant-continue"));
    expect(screenTitle()).toBe("Approve the partner's sign-in app");
    const appId = screen.getByTestId("grant-app-id");
    await expect.poll(() => (appId as HTMLInputElement).value).toBe("eeeeeeee-0000-4000-8000-000000000001");
    expect(screen.getByTestId("grant-app-continue")).toHaveTextContent("Skip");
    await fireEvent.input(screen.getByTestId("grant-app-directory"), {
      target: { value: "  lucernepublishing.onmicrosoft.com " },
    });
    await fireEvent.click(screen.getByTestId("grant-app-approve"));
    expect(await screen.findByTestId("grant-app-done")).toHaveTextContent(tenant);
    expect(lastArgs(calls, "approve_sign_in_app")).toEqual({
      tenant: "lucernepublishing.onmicrosoft.com",
      clientId: "eeeeeeee-0000-4000-8000-000000000001",
    });
    // After the approval the way on is to sign in, and the sign-in screen then leads to giving access.
    await fireEvent.click(screen.getByTestId("grant-app-continue"));
    expect(screenTitle()).toBe("Sign in");
  });

  it("explains a refusal and keeps what was typed", async () => {
    renderApp({
      locale: "en",
      answers: { partner_app_id: ok(null), approve_sign_in_app: fail("consentRequired", "AADSTS90094") },
    });
    goTo("grant");
    goTo("grantApp");
    await fireEvent.input(await screen.findByTestId("grant-app-directory"), { target: { value: "lucerne.example" } });
    await fireEvent.click(screen.getByTestId("grant-app-approve"));
    expect(await screen.findByTestId("error-display")).toHaveAttribute("data-error-code", "consentRequired");
    expect((screen.getByTestId("grant-app-directory") as HTMLInputElement).value).toBe("lucerne.example");
    expect(screen.queryByTestId("grant-app-done")).not.toBeInTheDocument();
  });
});

describe("giving the partner access", () => {
  it("finds nobody, invites the partner's user, and shows the invitation link to send", async () => {
    const { calls } = openGrantAccess({
      check_admin_permissions: ok(permissions(true)),
      find_partner: fail("userNotFound"),
      invite_partner: ok({ principal: sam, redeemUrl: "https://login.example/redeem?ticket=1", emailSent: false }),
    });
    expect(await screen.findAllByTestId("admin-subscription")).toHaveLength(2);
    await fireEvent.input(screen.getByTestId("partner-query"), {
      target: { value: "sam@contosopartner.onmicrosoft.com" },
    });
    await fireEvent.click(screen.getByTestId("partner-find-button"));
    expect(await screen.findByTestId("error-display")).toHaveAttribute("data-error-code", "userNotFound");
    await fireEvent.click(screen.getByTestId("invite-button"));
    expect(await screen.findByTestId("partner-invited")).toHaveTextContent("Send this link to your partner");
    expect(screen.getByTestId("invite-link")).toHaveTextContent("https://login.example/redeem?ticket=1");
    expect(screen.getByTestId("partner-found")).toHaveTextContent("sam@contosopartner.onmicrosoft.com (a user)");
    expect(lastArgs(calls, "invite_partner")).toMatchObject({
      tenantId: tenant,
      email: "sam@contosopartner.onmicrosoft.com",
      sendEmail: false,
    });
  });

  it("gives Contributor on two subscriptions after showing what it means, then lists and takes it back", async () => {
    let held: PartnerAssignment[] = [];
    const { calls } = openGrantAccess({
      check_admin_permissions: ok(permissions(true)),
      find_partner: ok(sam),
      plan_grant: () => ok(plan(lastArgs(calls, "plan_grant").request as GrantRequest)),
      apply_grant: () => {
        const request = lastArgs(calls, "apply_grant").request as GrantRequest;
        held = request.scopes.map((s) => ({
          assignmentId: `/subscriptions/${s.subscriptionId}/providers/Microsoft.Authorization/roleAssignments/x`,
          scope: `/subscriptions/${s.subscriptionId}`,
          roleDefinitionId: "b24988ac-6180-42a0-ab88-20f7382dd24c",
          roleName: "Contributor",
          principalId: samOid,
          createdOn: null,
          createdByYou: true,
        }));
        return ok(outcome(request));
      },
      list_partner_assignments: () => ok(held),
      remove_partner_assignments: () => {
        const ids = lastArgs(calls, "remove_partner_assignments").assignmentIds as string[];
        held = [];
        return ok(ids.map((assignmentId) => ({ assignmentId, outcome: "removed", error: null })));
      },
    });
    await fireEvent.input(await screen.findByTestId("partner-query"), { target: { value: "sam@contosopartner.onmicrosoft.com" } });
    await fireEvent.click(screen.getByTestId("partner-find-button"));
    await screen.findByTestId("partner-found");
    // Nothing can be checked before a subscription is chosen.
    expect(screen.getByTestId("grant-check")).toBeDisabled();
    for (const box of screen.getAllByTestId("grant-subscription")) await fireEvent.click(box);
    expect(screen.getByTestId("grant-role-contributor")).toBeChecked();
    expect(screen.getByTestId("grant-give")).toHaveTextContent("Counts for incentives: Yes");
    await fireEvent.click(screen.getByTestId("grant-check"));
    const shownPlan = await screen.findByTestId("grant-plan");
    expect(shownPlan).toHaveTextContent(
      "sam@contosopartner.onmicrosoft.com will get the Contributor role on Lucerne Azure plan, Lucerne dev.",
    );
    expect(shownPlan).toHaveTextContent("They cannot: give access to anyone");
    expect(shownPlan).toHaveTextContent("does not link the partner ID");
    // Planning sent nothing that changes Azure.
    expect(calls.some((c) => c.cmd === "apply_grant")).toBe(false);
    await fireEvent.click(screen.getByTestId("grant-apply"));
    const results = await screen.findAllByTestId("grant-result");
    expect(results.map((r) => r.getAttribute("data-outcome"))).toEqual(["created", "created"]);
    expect(lastArgs(calls, "apply_grant").request).toMatchObject({
      role: "contributor",
      principal: { objectId: samOid, principalType: "User" },
      scopes: [
        { kind: "subscription", subscriptionId: prod },
        { kind: "subscription", subscriptionId: dev },
      ],
    });
    const listed = await screen.findAllByTestId("assignment");
    expect(listed.map((l) => l.textContent)).toEqual(["Contributor on Lucerne Azure plan", "Contributor on Lucerne dev"]);
    await fireEvent.click(screen.getByTestId("assignments-remove"));
    await fireEvent.click(screen.getByTestId("assignments-remove-confirm"));
    expect(await screen.findByTestId("assignments-removed")).toHaveTextContent("Roles taken back: 2.");
    expect(await screen.findByTestId("assignments-none")).toBeInTheDocument();
    expect(lastArgs(calls, "remove_partner_assignments").assignmentIds).toHaveLength(2);
  });

  it("warns before Owner and sends nothing until the admin acknowledges the risk", async () => {
    const { calls } = openGrantAccess({
      check_admin_permissions: ok(permissions(true)),
      find_partner: ok(sam),
      plan_grant: () => ok(plan(lastArgs(calls, "plan_grant").request as GrantRequest)),
    });
    await fireEvent.input(await screen.findByTestId("partner-query"), { target: { value: "sam@contosopartner.onmicrosoft.com" } });
    await fireEvent.click(screen.getByTestId("partner-find-button"));
    await screen.findByTestId("partner-found");
    await fireEvent.click(screen.getAllByTestId("grant-subscription")[0] as HTMLElement);
    await fireEvent.click(screen.getByTestId("grant-role-owner"));
    expect(screen.getByTestId("owner-warning")).toHaveTextContent("Owner can give access to other people and remove yours");
    expect(screen.getByTestId("grant-check")).toBeDisabled();
    await fireEvent.click(screen.getByTestId("owner-acknowledge"));
    await fireEvent.click(screen.getByTestId("grant-check"));
    await screen.findByTestId("grant-plan");
    expect(lastArgs(calls, "plan_grant").request).toMatchObject({ role: "owner", acknowledgeOwnerRisk: true });
  });

  it("tells an admin without Owner or User Access Administrator who can give access", async () => {
    openGrantAccess({ check_admin_permissions: ok(permissions(false)) });
    const panel = await screen.findByTestId("admin-cannot-grant");
    expect(panel).toHaveTextContent("Only someone with the Owner or User Access Administrator role");
    expect(panel).toHaveTextContent("Access control (IAM)");
    expect(screen.queryByTestId("partner-find")).not.toBeInTheDocument();
    for (const s of screen.getAllByTestId("admin-subscription")) expect(s).toHaveAttribute("data-can-grant", "false");
  });

  it("masks the partner's email and the directory in privacy mode", async () => {
    setPrivacy(true);
    openGrantAccess({
      check_admin_permissions: ok(permissions(true)),
      find_partner: fail("userNotFound"),
      invite_partner: ok({ principal: sam, redeemUrl: `https://login.example/redeem?tenant=${tenant}`, emailSent: true }),
    });
    await fireEvent.input(await screen.findByTestId("partner-query"), { target: { value: "sam@contosopartner.onmicrosoft.com" } });
    await fireEvent.click(screen.getByTestId("partner-find-button"));
    await fireEvent.click(await screen.findByTestId("invite-button"));
    const found = await screen.findByTestId("partner-found");
    expect(found).toHaveTextContent("s•••@c•••.onmicrosoft.com");
    expect(found).not.toHaveTextContent("sam@");
    expect(screen.getByTestId("invite-link")).not.toHaveTextContent(tenant);
    expect(within(screen.getByTestId("partner-invited")).getByText(/Microsoft emailed/)).toBeInTheDocument();
  });
});
