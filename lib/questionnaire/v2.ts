// Questionnaire v2: v1's 8 context items (same keys, so the organization's facts prefill them) and 45 items over
// the five imperatives, each benchmarked item asked the way the published survey asked it (forced yes/no where the
// survey reports a yes/no share, the whole published list "choose all that apply" where it used a list), no item
// asking two things at once, and every imperative measured by at least six scored items. Immutable once published:
// change wording or items only in a new version.
import type { QuestionnaireDef } from "./types";
import { QUESTIONNAIRE_V1 } from "./v1";
import { CONTEXT_ITEMS } from "./v1/context";
import { CXO_ITEMS, PARTNER_ITEMS } from "./v2/cxo-and-partner";
import { LEVER_ITEMS, SKILL_ITEMS } from "./v2/levers-and-skills";
import { TRUST_ITEMS } from "./v2/trust";

export const QUESTIONNAIRE_V2: QuestionnaireDef = {
  version: "v2",
  title: "CMO-CIO alignment assessment, version 2",
  status: "published",
  publishedAt: "2026-12-01",
  // the same six sections as v1: context, then one per imperative in the report's order
  sections: QUESTIONNAIRE_V1.sections.map((s) => ({ ...s })),
  items: [...CONTEXT_ITEMS, ...CXO_ITEMS, ...PARTNER_ITEMS, ...LEVER_ITEMS, ...SKILL_ITEMS, ...TRUST_ITEMS],
};
