// Synthetic organizations for the demo panel, so the cross-organization comparison (/admin/comparisons?panel=demo)
// shows something on a fresh `npm start`. Every one is marked isDemo (never part of the real panel, which only
// counts isDemo = false) and named "(synthetic demo)". Answers are generated, deterministically: each
// organization has its own propensity to agree, so organizations differ the way real ones would.
import type { Db } from "../lib/db/create-db";
import type { Side, Tier } from "../lib/domain";
import type { Prisma } from "../lib/generated/prisma/client";
import { QUESTIONNAIRE_V1 } from "../lib/questionnaire/builtin";
import { questionnaireItemId } from "../lib/questionnaire/item-id";
import type { QuestionnaireItemDef } from "../lib/questionnaire/types";
import { completeAnswers } from "../lib/test/answers";
import { hashToken, newInviteToken } from "../lib/tokens";
import { mulberry32 } from "../lib/scoring/prng";

export const DEMO_PANEL_SUFFIX = "(synthetic demo)";

/** Industry, region, revenue band, business model: six banks and five retailers, so an industry filter has enough. */
const PROFILES: [string, string, string, string][] = [
  ["Banking", "eala", "over-5bn", "b2c"],
  ["Banking", "north-america", "1-5bn", "b2c"],
  ["Banking", "apac", "over-5bn", "b2b2c"],
  ["Banking", "eala", "500m-1bn", "b2b"],
  ["Banking", "north-america", "over-5bn", "b2c"],
  ["Banking", "apac", "1-5bn", "b2c"],
  ["Retail", "north-america", "1-5bn", "b2c"],
  ["Retail", "eala", "over-5bn", "b2c"],
  ["Retail", "apac", "500m-1bn", "b2c"],
  ["Retail", "north-america", "under-500m", "b2c"],
  ["Retail", "eala", "1-5bn", "b2b2c"],
  ["Insurance", "eala", "1-5bn", "b2b2c"],
  ["Telecommunications", "apac", "over-5bn", "b2c"],
  ["Automotive", "eala", "over-5bn", "b2b2c"],
  ["Life Sciences", "north-america", "1-5bn", "b2b"],
  ["Media & Entertainment", "north-america", "500m-1bn", "b2c"],
];

/** Per side: 2 leaders and 5 team members (a team group of 5 is shown, so its answers count). */
const PEOPLE: [Tier, number][] = [
  ["leader", 2],
  ["team", 5],
];

/** How many synthetic organizations, and participants in each, the demo panel has. */
export const DEMO_PANEL_ORGANIZATIONS = PROFILES.length;
export const DEMO_PANEL_PARTICIPANTS_EACH = 2 * PEOPLE.reduce((n, [, count]) => n + count, 0);

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export const prng = mulberry32;

/** Agreement and yes/no answers follow the organization's propensity; other kinds keep the generated values. */
export function syntheticAnswers(side: Side, seed: number, propensity: number, rand: () => number): Record<string, unknown> {
  const base = completeAnswers(QUESTIONNAIRE_V1, side, seed);
  const bias = (item: QuestionnaireItemDef) => {
    const agrees = rand() < propensity;
    if (item.kind === "agreement") return agrees ? 4 + Math.floor(rand() * 2) : 1 + Math.floor(rand() * 3);
    if (item.kind === "yes-no") return agrees;
    return undefined;
  };
  for (const item of QUESTIONNAIRE_V1.items) {
    if (!(item.key in base)) continue;
    const v = bias(item);
    if (v === undefined) continue;
    const current = base[item.key];
    base[item.key] = item.mirror && current && typeof current === "object" ? { ...(current as object), self: v } : v;
  }
  return { "context-side": side, "context-tier": undefined, ...base };
}

/**
 * Creates the synthetic organizations, each with one revealed wave of 14 submitted respondents (revealed over the
 * last twelve months). Their panel summaries are computed on the first comparison view (waves with
 * panelAggregatedAt null), like any wave revealed before an upgrade.
 */
export async function seedDemoPanel(db: Db, now = new Date()): Promise<number> {
  const rand = prng(2014);
  for (const [index, [industry, region, revenueBand, businessModel]] of PROFILES.entries()) {
    const propensity = 0.3 + 0.55 * rand();
    const revealedAt = new Date(now.getTime() - Math.floor((11 - (index % 12)) * 30.4 + 1) * 86_400_000);
    const submittedAt = new Date(revealedAt.getTime() - 7 * 86_400_000);
    await db.$transaction(async (tx) => {
      const org = await tx.organization.create({
        data: {
          name: `${industry} ${String(index + 1).padStart(2, "0")} ${DEMO_PANEL_SUFFIX}`,
          industry,
          region,
          revenueBand,
          businessModel,
          isDemo: true,
          panelOptIn: true,
          assessments: {
            create: {
              title: "Marketing-IT alignment (synthetic demo)",
              questionnaireVersionId: QUESTIONNAIRE_V1.version,
              waves: { create: { number: 1, label: "Wave 1", status: "closed", revealedAt, questionnaireVersionId: QUESTIONNAIRE_V1.version } },
            },
          },
        },
        include: { assessments: { include: { waves: true } } },
      });
      const assessment = org.assessments[0]!;
      const waveId = assessment.waves[0]!.id;
      let person = 0;
      for (const side of ["marketing", "it"] as Side[]) {
        for (const [tier, count] of PEOPLE) {
          for (let i = 0; i < count; i++) {
            person++;
            const participant = await tx.participant.create({
              data: {
                assessmentId: assessment.id,
                name: `Synthetic ${side} ${tier} ${i + 1}`,
                side,
                tier,
                responses: {
                  create: {
                    waveId,
                    side,
                    tier,
                    tokenHash: hashToken(newInviteToken()),
                    tokenRevokedAt: submittedAt,
                    status: "submitted",
                    consentAt: submittedAt,
                    startedAt: submittedAt,
                    submittedAt,
                  },
                },
              },
              include: { responses: true },
            });
            const answers = syntheticAnswers(side, index * 100 + person, propensity, rand);
            answers["context-tier"] = tier;
            await tx.answer.createMany({
              data: Object.entries(answers)
                .filter(([, value]) => value !== undefined)
                .map(([key, value]) => ({
                  responseId: participant.responses[0]!.id,
                  itemId: questionnaireItemId(QUESTIONNAIRE_V1.version, key),
                  value: value as Prisma.InputJsonValue,
                })),
            });
          }
        }
      }
    });
  }
  return PROFILES.length;
}
