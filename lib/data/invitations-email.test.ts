// Invitations and reminders by e-mail, through nodemailer to a local SMTP sink (127.0.0.1 only).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const port = vi.hoisted(() => {
  const p = 20000 + Math.floor(Math.random() * 20000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${p}`;
  return p;
});

import type { Actor } from "@/lib/auth/actor";
import { testDb } from "@/lib/test/db";
import { startSmtpSink } from "@/lib/test/smtp-sink";
import { seedReferenceData } from "@/prisma/seed-reference";
import { createAssessment } from "./assessments";
import { createOrganization } from "./organizations";
import { addParticipants, sendReminders } from "./participants";
import { loadRespondent } from "./respondent";

const db = testDb();
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let actor: Actor;

beforeAll(async () => {
  sink = await startSmtpSink(port);
  await seedReferenceData(db);
  const u = await db.user.create({ data: { name: "F", email: "f@test.example", role: "facilitator" } });
  actor = { id: u.id, email: u.email, name: u.name, role: "facilitator", twoFactorEnabled: false };
});
afterAll(() => sink.close());

describe("invitation e-mails", () => {
  it("e-mails each new participant with an address their personal link, and reminders carry a fresh link", async () => {
    const org = await createOrganization(actor, { name: "Mailco", industry: "Retail", region: "apac", revenueBand: "1-5bn", businessModel: "b2c" });
    const assessment = await createAssessment(actor, { organizationId: org.id, title: "Mail test", questionnaireVersionId: "v1", sourceIds: ["accenture-2012"], quorumMarketing: 1, quorumIt: 1 });
    const links = await addParticipants(actor, assessment.id, [
      { name: "Maya", email: "maya@mailco.example", side: "marketing", tier: "leader" },
      { name: "No Mail", email: "", side: "it", tier: "team" },
    ]);
    expect(links.map((l) => l.emailed)).toEqual([true, false]);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]!.to[0]).toContain("maya@mailco.example");
    expect(sink.messages[0]!.data).toContain(links[0]!.link);

    const result = await sendReminders(actor, assessment.id);
    expect(result).toEqual({ sent: 1, failed: 0 });
    expect(sink.messages).toHaveLength(2);
    const fresh = sink.messages[1]!.data.match(/\/r\/([A-Za-z0-9_-]{43})/)![1]!;
    expect((await loadRespondent(fresh)).context?.participantName).toBe("Maya");
    expect((await loadRespondent(links[0]!.link.split("/r/")[1]!)).problem).toBe("unknown");

    // mail server down: nothing is sent, and the link already delivered keeps working
    await sink.close();
    expect(await sendReminders(actor, assessment.id)).toEqual({ sent: 0, failed: 1 });
    expect((await loadRespondent(fresh)).context?.participantName).toBe("Maya");
    sink = await startSmtpSink(port);
  });
});
