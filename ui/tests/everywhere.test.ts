// The overview of every directory and the bulk run against a fake backend: rows with links, access and problems;
// choosing the unlinked ones (never a directory Microsoft refuses); starting, following and pausing a run; the
// offer to continue an interrupted run; the report.
import { fireEvent, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { Account, BulkProgress, DirectoryStatus, OverviewProgress } from "../src/lib/backend/index.ts";
import { emitFake, ok, type FakeAnswers, type IpcCall } from "../src/lib/backend/testing.ts";
import { goTo } from "../src/lib/navigation.svelte.ts";
import { setStatus } from "../src/lib/session.svelte.ts";
import { renderApp, screenTitle } from "./render.ts";

const alex: Account = {
  id: "alex",
  kind: "user",
  name: "Alex Wilber",
  username: "alex@contosopartner.onmicrosoft.com",
  homeTenantId: "aaaaaaaa-0000-4000-8000-000000000000",
};

function status(i: number, overrides: Partial<DirectoryStatus> = {}): DirectoryStatus {
  return {
    target: {
      tenantId: `aaaaaaaa-0000-4000-8000-00000000000${i}`,
      name: `Customer ${i}`,
      defaultDomain: `customer${i}.onmicrosoft.com`,
      accountId: alex.id,
      accountName: alex.username,
    },
    identityObjectId: "oid",
    link: null,
    subscriptions: 1,
    bestRole: "Contributor",
    earnsRecognition: true,
    earnsIncentives: true,
    problem: null,
    canLink: true,
    error: null,
    checkedAt: "2026-12-01T08:00:00Z",
    ...overrides,
  };
}

const link = (partnerId: string) => ({
  partnerId,
  partnerName: null,
  tenantId: "t",
  objectId: "o",
  version: 1,
  createdTime: null,
  updatedTime: null,
  state: "Active",
});

const rows = [
  status(1),
  status(2, { link: link("1234567") }),
  status(3, {
    problem: "cspAdminOnBehalfOf",
    canLink: false,
    bestRole: null,
    earnsIncentives: false,
    earnsRecognition: false,
  }),
  status(4, { problem: "needsMfa" }),
];

function overview(overrides: Partial<OverviewProgress> = {}): OverviewProgress {
  return {
    running: false,
    total: rows.length,
    checked: rows.length,
    directories: rows,
    generatedAt: "2026-12-01T08:00:00Z",
    error: null,
    ...overrides,
  };
}

function bulk(overrides: Partial<BulkProgress> = {}): BulkProgress {
  return {
    running: false,
    paused: false,
    partnerId: null,
    total: 0,
    results: [],
    cancelled: false,
    throttles: 0,
    error: null,
    interrupted: null,
    ...overrides,
  };
}

function lastArgs(calls: IpcCall[], cmd: string): Record<string, unknown> {
  return (calls.filter((c) => c.cmd === cmd).at(-1)?.args ?? {}) as Record<string, unknown>;
}

function openOverview(answers: FakeAnswers) {
  const rendered = renderApp({ locale: "en", answers: { list_directories: ok([]), ...answers } });
  setStatus({ readiness: "ready", problem: null, persistent: true, accounts: [alex] });
  goTo("link");
  goTo("directories");
  return rendered;
}

describe("every directory at once", () => {
  it("opens from the directory list and shows each directory's link, access and problem", async () => {
    openOverview({ overview_status: ok(overview()), bulk_status: ok(bulk()) });
    await fireEvent.click(await screen.findByTestId("open-overview"));
    expect(screenTitle()).toBe("Every directory at once");
    const shown = await screen.findAllByTestId("overview-row");
    expect(shown).toHaveLength(4);
    expect(screen.getByTestId("overview-as-of")).toHaveTextContent("linked in 1 of 4 directories");
    expect(shown[1]).toHaveTextContent("1234567");
    expect(shown[2]).toHaveTextContent("Only CSP admin-on-behalf-of");
    expect(shown[3]).toHaveTextContent("Needs an extra sign-in (MFA)");
  });

  it("chooses only the unlinked directories Microsoft accepts links in, and starts the run with them", async () => {
    let started = false;
    const { calls } = openOverview({
      overview_status: ok(overview()),
      bulk_status: () =>
        ok(started ? bulk({ running: true, total: 2, partnerId: "1234567", results: [] }) : bulk()),
      read_partner_id: ok({ kind: "one", id: "1234567" }),
      start_bulk_link: () => {
        started = true;
        return ok(null);
      },
    });
    goTo("everywhere");
    await fireEvent.click(await screen.findByTestId("choose-unlinked"));
    expect(screen.getByTestId("bulk-start")).toHaveTextContent("Link in the 2 chosen directories");
    await fireEvent.input(screen.getByTestId("bulk-partner-id"), { target: { value: " 1234567 " } });
    await fireEvent.click(screen.getByTestId("bulk-start"));
    expect(await screen.findByTestId("bulk-run")).toBeInTheDocument();
    expect(lastArgs(calls, "start_bulk_link")).toEqual({
      partnerId: "1234567",
      tenantIds: [rows[0]?.target.tenantId, rows[3]?.target.tenantId],
    });
    // While it runs nothing else can be started, and it can be paused or stopped.
    expect(screen.getByTestId("bulk-start")).toBeDisabled();
    expect(screen.getByTestId("bulk-pause")).toBeInTheDocument();
    expect(screen.getByTestId("bulk-cancel")).toBeInTheDocument();
  });

  it("asks which number is the partner ID before a run, and starts nothing until the person chooses", async () => {
    const { calls } = openOverview({
      overview_status: ok(overview()),
      bulk_status: ok(bulk()),
      read_partner_id: ok({ kind: "choose", candidates: ["1234567", "7654321"] }),
      start_bulk_link: ok(null),
    });
    goTo("everywhere");
    await fireEvent.click(await screen.findByTestId("choose-unlinked"));
    await fireEvent.input(screen.getByTestId("bulk-partner-id"), {
      target: { value: "MPN ID: 1234567 Partner Location ID: 7654321" },
    });
    await fireEvent.click(screen.getByTestId("bulk-start"));
    const options = await screen.findAllByTestId("partner-id-candidate");
    expect(calls.map((c) => c.cmd)).not.toContain("start_bulk_link");
    await fireEvent.click(options[0]!);
    await vi.waitFor(() =>
      expect(lastArgs(calls, "start_bulk_link")).toEqual({
        partnerId: "1234567",
        tenantIds: [rows[0]?.target.tenantId, rows[3]?.target.tenantId],
      }),
    );
    expect(screen.getByTestId("bulk-partner-id")).toHaveValue("1234567");
  });

  it("shows results live, queues the MFA directory for a sign-in, and says when Azure slowed the run", async () => {
    openOverview({
      overview_status: ok(overview()),
      bulk_status: ok(
        bulk({
          total: 2,
          partnerId: "1234567",
          throttles: 3,
          results: [
            { tenantId: rows[0]?.target.tenantId ?? "", outcome: { kind: "linked", requestId: null }, finishedAt: "x" },
            {
              tenantId: rows[3]?.target.tenantId ?? "",
              outcome: { kind: "needsSignIn", error: { code: "mfaRequired", message: "AADSTS50076" } },
              finishedAt: "x",
            },
          ],
        }),
      ),
    });
    goTo("everywhere");
    expect(await screen.findByTestId("bulk-counts")).toHaveTextContent("2 of 2 done: linked 1");
    expect(screen.getByTestId("bulk-throttled")).toHaveTextContent("3 times");
    expect(screen.getByTestId("bulk-queued")).toHaveTextContent("Customer 4");
    const outcomes = screen.getAllByTestId("overview-result").map((c) => c.getAttribute("data-outcome"));
    expect(outcomes).toEqual(["linked", "", "", "needsSignIn"]);
  });

  it("offers to continue an interrupted run, and continues it", async () => {
    const { calls } = openOverview({
      overview_status: ok(overview()),
      bulk_status: ok(
        bulk({
          interrupted: { runId: "r1", partnerId: "1234567", startedAt: "2026-12-01T08:00:00Z", total: 200, remaining: 120, damagedLines: 1 },
        }),
      ),
      resume_interrupted_bulk: ok(null),
    });
    goTo("everywhere");
    expect(await screen.findByTestId("bulk-interrupted")).toHaveTextContent("120 of 200 directories are left");
    expect(screen.getByTestId("bulk-interrupted-damaged")).toHaveTextContent("1 lines of the run's record could not be read");
    await fireEvent.click(screen.getByTestId("bulk-resume"));
    await expect.poll(() => calls.some((c) => c.cmd === "resume_interrupted_bulk")).toBe(true);
  });

  it("fills in an overview never made before, and exports the report", async () => {
    let refreshed = false;
    const { calls } = openOverview({
      overview_status: () =>
        ok(refreshed ? overview() : overview({ directories: [], generatedAt: null, total: 0, checked: 0 })),
      bulk_status: ok(bulk()),
      refresh_overview: () => {
        refreshed = true;
        return ok(null);
      },
      export_overview: ok("/home/alex/Documents/pal-overview.csv"),
    });
    goTo("everywhere");
    expect(await screen.findAllByTestId("overview-row")).toHaveLength(4);
    expect(calls.filter((c) => c.cmd === "refresh_overview")).toHaveLength(1);
    await fireEvent.click(screen.getByTestId("export-csv"));
    expect(await screen.findByTestId("export-saved")).toHaveTextContent("/home/alex/Documents/pal-overview.csv");
    expect(lastArgs(calls, "export_overview")).toEqual({ format: "csv" });
  });
});

describe("progress as events", () => {
  it("fills in from the events Rust pushes, and never asks again on a timer", async () => {
    const { calls } = openOverview({
      overview_status: ok(overview({ running: true, directories: [], generatedAt: null, total: 4, checked: 0 })),
      bulk_status: ok(bulk()),
    });
    goTo("everywhere");
    await expect.poll(() => calls.filter((c) => c.cmd === "overview_status").length).toBe(1);
    await emitFake("overview-changed", overview({ running: true, directories: rows.slice(0, 2), generatedAt: null, checked: 2 }));
    expect(await screen.findAllByTestId("overview-row")).toHaveLength(2);
    await emitFake("overview-changed", overview());
    await expect.poll(() => screen.getAllByTestId("overview-row").length).toBe(4);
    // A second later the screen has still asked for the status once: everything after that came as events.
    await new Promise((done) => setTimeout(done, 1000));
    expect(calls.filter((c) => c.cmd === "overview_status")).toHaveLength(1);
    expect(calls.filter((c) => c.cmd === "bulk_status")).toHaveLength(1);
  });
});
