// Questionnaire v1: 8 context items and 42 items over the five imperatives. Published versions are immutable:
// change wording or items only in a new version (v2 …), never here once an assessment has used it.
import type { QuestionnaireDef } from "./types";
import { CONTEXT_ITEMS } from "./v1/context";
import { CXO_ITEMS, PARTNER_ITEMS } from "./v1/cxo-and-partner";
import { LEVER_ITEMS, SKILL_ITEMS } from "./v1/levers-and-skills";
import { TRUST_ITEMS } from "./v1/trust";

export const QUESTIONNAIRE_V1: QuestionnaireDef = {
  version: "v1",
  title: "CMO-CIO alignment assessment, version 1",
  status: "published",
  publishedAt: "2026-11-22",
  sections: [
    { id: "context", title: "About you and your organization", intro: "A few facts to compare you with the right published figures." },
    { id: "cxo", title: "The customer experience", imperative: "cxo", intro: "Imperative 1: identify the CMO as the chief experience officer (CXO)." },
    {
      id: "strategic-partner",
      title: "IT as a strategic partner",
      imperative: "strategic-partner",
      intro: "Imperative 2: accept IT as a strategic partner with marketing, not just as a platform provider.",
    },
    {
      id: "business-levers",
      title: "Business levers",
      imperative: "business-levers",
      intro: "Imperative 3: agree on key business levers, such as access to customer data vs. privacy and security.",
    },
    {
      id: "skill-mix",
      title: "Skills",
      imperative: "skill-mix",
      intro: "Imperative 4: change the skill mix so that both organizations are more marketing- and tech-savvy.",
    },
    { id: "trust", title: "Trust and collaboration", imperative: "trust", intro: "Imperative 5: develop trust by doing just that—trusting." },
  ],
  items: [...CONTEXT_ITEMS, ...CXO_ITEMS, ...PARTNER_ITEMS, ...LEVER_ITEMS, ...SKILL_ITEMS, ...TRUST_ITEMS],
};
