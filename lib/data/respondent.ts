import "@/lib/server-only-guard";
import { upsertAnswerRow } from "@/lib/data/answer-upsert";
import { db } from "@/lib/db/client";
import { SIDES, TIERS, type Side, type Tier } from "@/lib/domain";
import { loadAssessmentCatalogue, loadQuestionnaire } from "@/lib/catalogue/load";
import type { AnswerValue, QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { questionnaireItemId } from "@/lib/questionnaire/item-id";
import { missingMessage } from "@/lib/respondent/navigation";
import { prefilledAnswers, prefilledValues, type Prefilled } from "@/lib/respondent/prefilled";
import { hashToken } from "@/lib/tokens";
import { checkAnswer, isAnswerComplete } from "@/lib/validation/answer";

// Everything a respondent can do is scoped to the one response their invite token names: no query here takes
// a response id from the client.

export type LinkProblem = "unknown" | "revoked" | "expired" | "closed";


export class RespondentError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: { missing?: string[] },
  ) {
    super(message);
    this.name = "RespondentError";
  }
}

const include = {
  participant: true,
  wave: { include: { assessment: { include: { organization: true, createdBy: { select: { name: true } }, benchmarkSources: { select: { sourceId: true } } } } } },
  answers: { include: { item: { select: { key: true } } } },
} as const;

async function loadByToken(token: string) {
  if (!token || token.length > 200) return null;
  return db.response.findUnique({ where: { tokenHash: hashToken(token) }, include });
}

export type RespondentContext = NonNullable<Awaited<ReturnType<typeof loadRespondent>>["context"]>;

/** Resolves an invite token to its response, or says why the link cannot be used. */
export async function loadRespondent(token: string) {
  const row = await loadByToken(token);
  if (!row || row.participant.removedAt) return { problem: "unknown" as LinkProblem, context: null };
  if (row.tokenRevokedAt) return { problem: "revoked" as LinkProblem, context: null };
  if (row.tokenExpiresAt && row.tokenExpiresAt <= new Date()) return { problem: "expired" as LinkProblem, context: null };
  if (row.status !== "submitted" && row.wave.status === "closed") return { problem: "closed" as LinkProblem, context: null };
  // the version as stored, its benchmark links narrowed to the sources chosen for the assessment
  const catalogue = await loadAssessmentCatalogue(row.wave.assessment.questionnaireVersionId, row.wave.assessment.benchmarkSources.map((s) => s.sourceId));
  if (!catalogue) throw new Error(`questionnaire ${row.wave.assessment.questionnaireVersionId} is not available`);
  const { questionnaire } = catalogue;
  const side = row.participant.side as Side;
  const tier = row.participant.tier as Tier;
  if (!SIDES.includes(side) || !TIERS.includes(tier)) throw new Error(`participant ${row.participant.id} has an invalid side or tier`);
  const organization = row.wave.assessment.organization;
  const prefilled = prefilledAnswers(questionnaire, { side, tier, organization });
  const answers: Record<string, AnswerValue> = {};
  for (const answer of row.answers) answers[answer.item.key] = answer.value as AnswerValue;
  // what the invitation and the organization's profile answer counts as given, even before consent or submit
  // store it (a response started before the facilitator's profile existed, say)
  Object.assign(answers, prefilledValues(prefilled));
  return {
    problem: null,
    context: {
      responseId: row.id,
      status: row.status as "invited" | "started" | "submitted",
      consentAt: row.consentAt,
      consentShowName: row.consentShowName,
      submittedAt: row.submittedAt,
      side,
      tier,
      participantName: row.participant.name,
      organizationName: row.wave.assessment.organization.name,
      assessmentTitle: row.wave.assessment.title,
      facilitatorName: row.wave.assessment.createdBy?.name ?? null,
      questionnaire,
      /** The figures of the chosen sources (the personal results compare with these only), and the library's sources. */
      figures: catalogue.figures,
      sources: catalogue.sources,
      /** Stored answers, with the prefilled ones (invitation, organization profile) in place. */
      answers,
      /** The items answered for the respondent, not asked (lib/respondent/prefilled.ts). */
      prefilled,
    },
  };
}

function itemFor(q: QuestionnaireDef, side: Side, key: string): QuestionnaireItemDef | undefined {
  const item = q.items.find((i) => i.key === key);
  return item && (!item.sides || item.sides.includes(side)) ? item : undefined;
}

/** Items still missing for submit, in questionnaire order. */
export function missingItems(q: QuestionnaireDef, side: Side, answers: Record<string, unknown>): QuestionnaireItemDef[] {
  return q.items.filter((i) => (!i.sides || i.sides.includes(side)) && !isAnswerComplete(i, answers[i.key]));
}

/** Stores the prefilled answers (upserts: the invitation and the organization's profile win). */
async function writePrefilled(tx: Pick<typeof db, "answer">, responseId: string, version: string, prefilled: Prefilled) {
  for (const [key, value] of Object.entries(prefilledValues(prefilled))) {
    const itemId = questionnaireItemId(version, key);
    await tx.answer.upsert({ where: { responseId_itemId: { responseId, itemId } }, create: { responseId, itemId, value }, update: { value } });
  }
}

/** Records consent (once) and fills in what the invitation and the organization's profile already answer. */
export async function recordConsent(token: string, input: { showName: boolean }) {
  const { context, problem } = await loadRespondent(token);
  if (!context) throw new RespondentError(410, `This invitation link cannot be used (${problem})`);
  if (context.status === "submitted") return context;
  const version = context.questionnaire.version;
  await db.$transaction(async (tx) => {
    const now = new Date();
    // conditional: a submit racing this consent must win (never turn a submitted response back into "started")
    const { count } = await tx.response.updateMany({
      where: { id: context.responseId, status: { not: "submitted" } },
      data: {
        consentAt: context.consentAt ?? now,
        consentShowName: context.tier === "leader" ? input.showName : false,
        status: "started",
        startedAt: context.consentAt ?? now,
      },
    });
    if (count === 0) return;
    await writePrefilled(tx, context.responseId, version, context.prefilled);
  });
  return context;
}

interface WriterRow {
  id: string;
  status: string;
  consentAt: Date | string | null;
  tokenRevokedAt: Date | string | null;
  tokenExpiresAt: Date | string | null;
  side: string;
  tier: string;
  removedAt: Date | string | null;
  waveStatus: string;
  questionnaireVersionId: string;
  industry: string | null;
  region: string | null;
  revenueBand: string | null;
  businessModel: string | null;
}

/**
 * The few columns autosave needs, in one joined query (portable SQL; Prisma's relation loading would make
 * four round trips). Dates come back as strings from SQLite and as Dates from PostgreSQL.
 */
async function loadWriter(token: string) {
  if (!token || token.length > 200) return null;
  const rows = await db.$queryRaw<WriterRow[]>`
    SELECT r."id", r."status", r."consentAt", r."tokenRevokedAt", r."tokenExpiresAt",
           p."side", p."tier", p."removedAt", w."status" AS "waveStatus", a."questionnaireVersionId",
           o."industry", o."region", o."revenueBand", o."businessModel"
    FROM "Response" r
    JOIN "Participant" p ON p."id" = r."participantId"
    JOIN "Wave" w ON w."id" = r."waveId"
    JOIN "Assessment" a ON a."id" = w."assessmentId"
    JOIN "Organization" o ON o."id" = a."organizationId"
    WHERE r."tokenHash" = ${hashToken(token)}`;
  const row = rows[0];
  if (!row) return null;
  const date = (v: Date | string | null) => (v === null ? null : new Date(v));
  return { ...row, consentAt: date(row.consentAt), tokenRevokedAt: date(row.tokenRevokedAt), tokenExpiresAt: date(row.tokenExpiresAt), removedAt: date(row.removedAt) };
}

/**
 * Autosave of one answer: validated against the item, idempotent (an upsert per response and item). This is
 * the hot path (every click of every respondent), so it reads only what it needs: one query, then one write.
 */
export async function saveAnswer(token: string, itemKey: string, value: unknown): Promise<{ savedAt: string }> {
  const row = await loadWriter(token);
  if (!row || row.removedAt) throw new RespondentError(401, "This invitation link is not valid");
  if (row.tokenRevokedAt || (row.tokenExpiresAt && row.tokenExpiresAt <= new Date())) {
    throw new RespondentError(410, "This invitation link can no longer be used");
  }
  if (row.status === "submitted") throw new RespondentError(409, "Your answers were submitted and can no longer be changed");
  if (row.waveStatus === "closed") throw new RespondentError(410, "This assessment is closed");
  if (!row.consentAt) throw new RespondentError(409, "Please confirm the welcome page first");
  const version = row.questionnaireVersionId;
  const questionnaire = await loadQuestionnaire(version);
  const item = questionnaire && itemFor(questionnaire, row.side as Side, itemKey);
  if (!item) throw new RespondentError(400, "Unknown question");
  const prefilled = prefilledAnswers(questionnaire, { side: row.side as Side, tier: row.tier as Tier, organization: row });
  if (Object.hasOwn(prefilled, itemKey)) {
    const from = prefilled[itemKey]!.source === "invitation" ? "your invitation" : "your organization's profile";
    throw new RespondentError(400, `This answer comes from ${from} and cannot be changed here`);
  }
  const itemId = questionnaireItemId(version, itemKey);
  const cleared = value === null || (item.kind === "free-text" && value === "");
  // Both writes re-check "not submitted" in the same statement, so a save racing a submit cannot slip in after it.
  let written: number;
  if (cleared) {
    written = (await db.answer.deleteMany({ where: { responseId: row.id, itemId, response: { status: { not: "submitted" } } } })).count;
    if (written === 0 && (await db.response.count({ where: { id: row.id, status: "submitted" } }))) written = -1;
  } else {
    const check = checkAnswer(item, value, "draft");
    if (!check.ok) throw new RespondentError(422, check.error);
    written = (await upsertAnswerRow(row.id, itemId, check.value)) ? 1 : -1;
  }
  if (written === -1) throw new RespondentError(409, "Your answers were submitted and can no longer be changed");
  return { savedAt: new Date().toISOString() };
}

/**
 * Submit: required items are checked here, whatever the browser did. Idempotent: a double click, a retry or a
 * second tab all end with one submission (the conditional update lets exactly one of them change the status).
 */
export async function submitResponse(token: string): Promise<{ submittedAt: Date }> {
  const { context, problem } = await loadRespondent(token);
  if (!context) throw new RespondentError(410, `This invitation link cannot be used (${problem})`);
  if (context.status === "submitted" && context.submittedAt) return { submittedAt: context.submittedAt };
  const missing = missingItems(context.questionnaire, context.side, context.answers);
  if (missing.length) {
    throw new RespondentError(422, missingMessage(missing.length), { missing: missing.map((i) => i.key) });
  }
  const now = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.response.updateMany({ where: { id: context.responseId, status: { not: "submitted" } }, data: { status: "submitted", submittedAt: now } });
    // the prefilled answers are part of the submission (stored at consent too; written again here for a response
    // that consented before the organization's profile had them)
    if (count === 1) await writePrefilled(tx, context.responseId, context.questionnaire.version, context.prefilled);
  });
  const row = await db.response.findUniqueOrThrow({ where: { id: context.responseId }, select: { submittedAt: true } });
  return { submittedAt: row.submittedAt ?? now };
}
