"use server";

import { revalidatePath } from "next/cache";
import { runAction, ActionError } from "@/lib/actions/action";
import { createAssessment, setWaveStatus } from "@/lib/data/assessments";
import { createOrganization, setPanelOptIn } from "@/lib/data/organizations";
import { addParticipants, regenerateInvite, revokeInvite, sendReminders } from "@/lib/data/participants";
import { ZAssessmentCreate, ZAssessmentId, ZAssessmentStatus } from "@/lib/validation/assessment";
import { ZOrganizationCreate, ZPanelChoice } from "@/lib/validation/organization";
import { parseParticipantList, ZInviteChange, ZParticipantAdd, ZParticipantList } from "@/lib/validation/participant";
import { startNextWave } from "@/lib/data/waves";
import { ZWaveStart } from "@/lib/validation/wave";

// Thin: each action validates with the form's own schema, authenticates (runAction), and calls one data
// function that authorizes by scoping its queries to the actor.

export async function createOrganizationAction(input: unknown) {
  return runAction(ZOrganizationCreate, input, async (actor, data) => ({ id: (await createOrganization(actor, data)).id }));
}

export async function setPanelOptInAction(input: unknown) {
  return runAction(ZPanelChoice, input, async (actor, data) => {
    const org = await setPanelOptIn(actor, data);
    if (!org) throw new ActionError("Organization not found");
    revalidatePath(`/app/organizations/${org.id}`);
    return { panelOptIn: org.panelOptIn };
  });
}

export async function createAssessmentAction(input: unknown) {
  return runAction(ZAssessmentCreate, input, async (actor, data) => ({ id: (await createAssessment(actor, data)).id }));
}

export async function addParticipantAction(input: unknown) {
  return runAction(ZParticipantAdd, input, async (actor, { assessmentId, ...row }) => {
    const links = await addParticipants(actor, assessmentId, [row]);
    revalidatePath(`/app/assessments/${assessmentId}`);
    return links;
  });
}

export async function importParticipantsAction(input: unknown) {
  return runAction(ZParticipantList, input, async (actor, { assessmentId, text }) => {
    const { rows, errors } = parseParticipantList(text);
    if (errors.length) {
      throw new ActionError(`Nothing was imported: ${errors.length} line(s) need fixing`, {
        text: errors.map((e) => `Line ${e.line}: ${e.message}`).join("\n"),
      });
    }
    const links = await addParticipants(actor, assessmentId, rows);
    revalidatePath(`/app/assessments/${assessmentId}`);
    return links;
  });
}

export async function changeInviteAction(input: unknown) {
  return runAction(ZInviteChange, input, async (actor, { participantId, change }) => {
    if (change === "revoke") {
      await revokeInvite(actor, participantId);
      revalidatePath("/app/assessments/[assessmentId]", "page");
      return null;
    }
    const link = await regenerateInvite(actor, participantId);
    revalidatePath("/app/assessments/[assessmentId]", "page");
    return link;
  });
}

export async function setAssessmentStatusAction(input: unknown) {
  return runAction(ZAssessmentStatus, input, async (actor, { assessmentId, status }) => {
    await setWaveStatus(actor, assessmentId, status);
    revalidatePath(`/app/assessments/${assessmentId}`);
    return null;
  });
}

export async function sendRemindersAction(input: unknown) {
  return runAction(ZAssessmentId, input, async (actor, { assessmentId }) => {
    const result = await sendReminders(actor, assessmentId);
    revalidatePath(`/app/assessments/${assessmentId}`);
    return result;
  });
}

export async function startNextWaveAction(input: unknown) {
  return runAction(ZWaveStart, input, async (actor, data) => {
    const started = await startNextWave(actor, data);
    revalidatePath(`/app/assessments/${data.assessmentId}`);
    return { number: started.number, links: started.links.map((l) => ({ ...l, emailed: false })) };
  });
}
