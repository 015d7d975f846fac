import "@/lib/server-only-guard";
import { clearAnswerRow, upsertAnswerRow } from "@/lib/data/answer-upsert";
import { db } from "@/lib/db/client";
import { SIDES, TIERS, type Side, type Tier } from "@/lib/domain";
import { AppError } from "@/lib/errors/app-error";
import { loadAssessmentCatalogue, loadPublishedQuestions } from "@/lib/catalogue/load";
import type { AnswerValue, QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { questionnaireItemId } from "@/lib/questionnaire/item-id";
import { linkProblem, linkRefusal, type LinkProblem } from "@/lib/respondent/link-state";
import { missingMessage } from "@/lib/respondent/navigation";
import { prefilledAnswers, prefilledValues, type Prefilled } from "@/lib/respondent/prefilled";
import { hashToken } from "@/lib/tokens";
import { checkAnswer, isAnswerComplete } from "@/lib/validation/answer";

// Everything a respondent can do is scoped to the one response their invite token names: no query here takes
// a response id from the client. Whether the link may be used is decided by linkProblem() (lib/respondent/
// link-state.ts) alone; requests reach these functions through resolveRespondent() (lib/respondent/resolve.ts),
// which loads the respondent once and hands the result to consent, submit or autosave. Refusals are AppErrors.

const include = {
  participant: true,
  wave: {
    include: {
      benchmarkSources: { select: { sourceId: true } },
      assessment: { include: { organization: true, createdBy: { select: { name: true } } } },
    },
  },
  answers: { include: { item: { select: { key: true } } } },
} as const;

/** Tokens are 43 characters; anything this long is not one and is not even hashed. */
const MAX_TOKEN_LENGTH = 200;

async function loadByToken(token: string) {
  if (!token || token.length > MAX_TOKEN_LENGTH) return null;
  return db.response.findUnique({ where: { tokenHash: hashToken(token) }, include });
}

type ResponseRow = NonNullable<Awaited<ReturnType<typeof loadByToken>>>;

async function contextOf(row: ResponseRow) {
  // the version as stored, its benchmark links narrowed to the sources chosen for the assessment
  const catalogue = await loadAssessmentCatalogue(row.wave.questionnaireVersionId, row.wave.benchmarkSources.map((s) => s.sourceId));
  if (!catalogue) throw new Error(`questionnaire ${row.wave.questionnaireVersionId} is not available`);
  const { questionnaire } = catalogue;
  // the side and tier of this wave's invitation (a participant moved in a later wave answered this one as they were)
  const side = row.side as Side;
  const tier = row.tier as Tier;
  if (!SIDES.includes(side) || !TIERS.includes(tier)) throw new Error(`response ${row.id} has an invalid side or tier`);
  const organization = row.wave.assessment.organization;
  const prefilled = prefilledAnswers(questionnaire, { side, tier, organization });
  const answers: Record<string, AnswerValue> = {};
  for (const answer of row.answers) answers[answer.item.key] = answer.value as AnswerValue;
  // what the invitation and the organization's profile answer counts as given, even before consent or submit
  // store it (a response started before the facilitator's profile existed, say)
  Object.assign(answers, prefilledValues(prefilled));
  return {
    responseId: row.id,
    status: row.status as "invited" | "started" | "submitted",
    consentAt: row.consentAt,
    consentShowName: row.consentShowName,
    submittedAt: row.submittedAt,
    side,
    tier,
    participantName: row.participant.name,
    organizationName: row.wave.assessment.organization.name,
    /** The wave's close date, if it has one (the invite cookie ends then at the latest). */
    closesAt: row.wave.closesAt,
    assessmentTitle: row.wave.assessment.title,
    facilitatorName: row.wave.assessment.createdBy?.name ?? null,
    questionnaire,
    /** The figures of the chosen sources (the personal results compare with these only), and the library's sources. */
    figures: catalogue.figures,
    sources: catalogue.sources,
    /** The sources chosen for the assessment. */
    sourceIds: catalogue.sourceIds,
    /** Stored answers, with the prefilled ones (invitation, organization profile) in place. */
    answers,
    /** The items answered for the respondent, not asked (lib/respondent/prefilled.ts). */
    prefilled,
  };
}

/** A respondent whose link may be read: everything the pages, consent and submit need. */
export type RespondentContext = Awaited<ReturnType<typeof contextOf>>;

export type LoadedRespondent = { problem: LinkProblem; context: null } | { problem: null; context: RespondentContext };

/**
 * Whether the response's assessment has a wave after the response's: asked only of a withdrawn link in a closed wave
 * (an earlier wave's link reads as "closed", lib/respondent/link-state.ts), so a live link costs no query.
 */
async function hasLaterWave(row: { tokenRevokedAt: Date | null; wave: { status: string; assessmentId: string; number: number } }): Promise<boolean> {
  if (!row.tokenRevokedAt || row.wave.status !== "closed") return false;
  return (await db.wave.count({ where: { assessmentId: row.wave.assessmentId, number: { gt: row.wave.number } } })) > 0;
}

/** Resolves an invite token to its response ("read" use), or says why the link cannot be used. */
export async function loadRespondent(token: string): Promise<LoadedRespondent> {
  const row = await loadByToken(token);
  const problem = linkProblem(
    row && {
      removedAt: row.participant.removedAt,
      tokenRevokedAt: row.tokenRevokedAt,
      tokenExpiresAt: row.tokenExpiresAt,
      status: row.status,
      consentAt: row.consentAt,
      waveStatus: row.wave.status,
      laterWave: await hasLaterWave(row),
    },
    "read",
  );
  if (problem || !row) return { problem: problem ?? "unknown", context: null };
  return { problem: null, context: await contextOf(row) };
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

/** The respondent named by `token`, or the AppError of its link's problem (scripts and tests; requests resolve once). */
async function readable(respondent: RespondentContext | string): Promise<RespondentContext> {
  if (typeof respondent !== "string") return respondent;
  const { context, problem } = await loadRespondent(respondent);
  if (!context) throw refusalError(problem);
  return context;
}

function refusalError(problem: LinkProblem): AppError {
  const refusal = linkRefusal(problem);
  return new AppError(refusal.code, refusal.message);
}

/**
 * Records consent (once) and fills in what the invitation and the organization's profile already answer.
 * `respondent`: as resolveRespondent(…, "read") loaded it, or an invite token.
 */
export async function recordConsent(respondent: RespondentContext | string, input: { showName: boolean }) {
  const context = await readable(respondent);
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

/** A respondent whose link may be written (consented, not submitted, wave not closed): what autosave needs. */
export interface RespondentWriter {
  responseId: string;
  side: Side;
  tier: Tier;
  questionnaireVersionId: string;
  organization: { industry: string | null; region: string | null; revenueBand: string | null; businessModel: string | null };
}

export type LoadedWriter = { problem: LinkProblem; writer: null } | { problem: null; writer: RespondentWriter };

/**
 * Resolves an invite token for autosave ("write" use): the few columns it needs, in one joined query (portable
 * SQL; Prisma's relation loading would make four round trips). Dates come back as strings from SQLite and as
 * Dates from PostgreSQL.
 */
export async function loadWriter(token: string): Promise<LoadedWriter> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return { problem: "unknown", writer: null };
  const rows = await db.$queryRaw<WriterRow[]>`
    SELECT r."id", r."status", r."consentAt", r."tokenRevokedAt", r."tokenExpiresAt",
           r."side", r."tier", p."removedAt", w."status" AS "waveStatus", w."questionnaireVersionId",
           o."industry", o."region", o."revenueBand", o."businessModel"
    FROM "Response" r
    JOIN "Participant" p ON p."id" = r."participantId"
    JOIN "Wave" w ON w."id" = r."waveId"
    JOIN "Assessment" a ON a."id" = w."assessmentId"
    JOIN "Organization" o ON o."id" = a."organizationId"
    WHERE r."tokenHash" = ${hashToken(token)}`;
  const row = rows[0] ?? null;
  const date = (v: Date | string | null) => (v === null ? null : new Date(v));
  const problem = linkProblem(
    row && { removedAt: date(row.removedAt), tokenRevokedAt: date(row.tokenRevokedAt), tokenExpiresAt: date(row.tokenExpiresAt), status: row.status, consentAt: date(row.consentAt), waveStatus: row.waveStatus },
    "write",
  );
  if (problem || !row) return { problem: problem ?? "unknown", writer: null };
  const { industry, region, revenueBand, businessModel } = row;
  return {
    problem: null,
    writer: { responseId: row.id, side: row.side as Side, tier: row.tier as Tier, questionnaireVersionId: row.questionnaireVersionId, organization: { industry, region, revenueBand, businessModel } },
  };
}

/**
 * Autosave of one answer: validated against the item, idempotent (an upsert per response and item). This is
 * the hot path (every click of every respondent), so it reads only what it needs: one query, then one write.
 * `respondent`: as resolveRespondent(…, "write") loaded it, or an invite token.
 */
export async function saveAnswer(respondent: RespondentWriter | string, itemKey: string, value: unknown): Promise<{ savedAt: string }> {
  let writer: RespondentWriter;
  if (typeof respondent === "string") {
    const loaded = await loadWriter(respondent);
    if (!loaded.writer) throw refusalError(loaded.problem);
    writer = loaded.writer;
  } else {
    writer = respondent;
  }
  const version = writer.questionnaireVersionId;
  const questionnaire = await loadPublishedQuestions(version); // no revision read per save
  const item = questionnaire && itemFor(questionnaire, writer.side, itemKey);
  if (!item) throw new AppError("invalid-input", "Unknown question");
  const prefilled = prefilledAnswers(questionnaire, { side: writer.side, tier: writer.tier, organization: writer.organization });
  if (Object.hasOwn(prefilled, itemKey)) {
    const from = prefilled[itemKey]!.source === "invitation" ? "your invitation" : "your organization's profile";
    throw new AppError("invalid-input", `This answer comes from ${from} and cannot be changed here`);
  }
  const itemId = questionnaireItemId(version, itemKey);
  const responseId = writer.responseId;
  const cleared = value === null || (item.kind === "free-text" && value === "");
  // Both writes re-check "not submitted" in the same statement, so a save racing a submit cannot slip in after it.
  let written: boolean;
  if (cleared) {
    written = await clearAnswerRow(responseId, itemId);
  } else {
    const check = checkAnswer(item, value, "draft");
    if (!check.ok) throw new AppError("unprocessable", check.error);
    written = await upsertAnswerRow(responseId, itemId, check.value);
  }
  if (!written) throw refusalError("submitted");
  return { savedAt: new Date().toISOString() };
}

/**
 * Submit: required items are checked here, whatever the browser did. Idempotent: a double click, a retry or a
 * second tab all end with one submission (the conditional update lets exactly one of them change the status).
 * `respondent`: as resolveRespondent(…, "read") loaded it, or an invite token. Missing answers: AppError
 * "unprocessable" with a field error per missing item.
 */
export async function submitResponse(respondent: RespondentContext | string): Promise<{ submittedAt: Date }> {
  const context = await readable(respondent);
  if (context.status === "submitted" && context.submittedAt) return { submittedAt: context.submittedAt };
  const missing = missingItems(context.questionnaire, context.side, context.answers);
  if (missing.length) {
    // each missing question is a field error keyed by its item, so a caller can link to it
    const fieldErrors = Object.fromEntries(missing.map((i) => [i.key, "This question needs an answer"]));
    throw new AppError("unprocessable", missingMessage(missing.length), { fieldErrors });
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
