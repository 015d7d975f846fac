// What the questionnaire section page shows, from the respondent's context: plain, serializable data, so the
// page can render it on the server and hand the form's part to the browser island unchanged.
import { SIDE_LABEL, TIER_LABEL } from "@/lib/domain";
import { textFor } from "@/lib/questionnaire/text";
import { toClientItem, type ClientItem } from "@/lib/questionnaire/client-item";
import type { RespondentContext } from "@/lib/data/respondent";
import { sectionProgress, type SectionProgress } from "./navigation";
import type { PageOutcome } from "./page-request";
import { formatAnswer } from "./format-answer";
import { askedItems } from "./prefilled";

/** The props of the questionnaire form: the same object is rendered on the server and read by the questionnaire script. */
export interface SectionFormProps {
  items: ClientItem[];
  answers: Record<string, unknown>;
  storageKey: string;
  previousHref: string | null;
  nextHref: string;
  nextLabel: string;
}

export interface SectionPageData {
  sectionId: string;
  title: string;
  intro: string | null;
  position: number;
  sectionCount: number;
  /** Shown on the context section: how the invitation placed the respondent. */
  invitedAs: { side: string; tier: string } | null;
  /** This section's questions answered from the organization's profile (not asked): prompt and answer in words. */
  fromProfile: { key: string; prompt: string; answer: string }[];
  progress: SectionProgress[];
  form: SectionFormProps;
}

export function sectionPage(r: RespondentContext, sectionId: string): PageOutcome<{ page: SectionPageData }> {
  if (r.status === "submitted") return { redirect: "/respond/results" };
  if (!r.consentAt) return { redirect: "/respond" };
  const q = r.questionnaire;
  const index = q.sections.findIndex((s) => s.id === sectionId);
  const section = q.sections[index];
  if (!section) return { notFound: true };

  const items = askedItems(q.items, r.side, r.prefilled).filter((i) => i.section === section.id);
  const answers = Object.fromEntries(items.filter((i) => r.answers[i.key] !== undefined).map((i) => [i.key, r.answers[i.key]]));
  const next = q.sections[index + 1];
  const previous = q.sections[index - 1];
  const page: SectionPageData = {
    sectionId: section.id,
    title: section.title,
    intro: section.intro ? textFor(section.intro, r.side) : null,
    position: index + 1,
    sectionCount: q.sections.length,
    invitedAs: section.id === "context" ? { side: SIDE_LABEL[r.side], tier: TIER_LABEL[r.tier].toLowerCase() } : null,
    fromProfile: q.items
      .filter((i) => i.section === section.id && r.prefilled[i.key]?.source === "organization")
      .map((i) => {
        const client = toClientItem(i, r.side);
        return { key: i.key, prompt: client.prompt, answer: formatAnswer(client, r.prefilled[i.key]!.value) };
      }),
    progress: sectionProgress(q, r.side, r.answers, r.prefilled),
    form: {
      items: items.map((i) => toClientItem(i, r.side)),
      answers,
      storageKey: `bridge-unsaved-${r.responseId}`,
      previousHref: previous ? `/respond/${previous.id}` : null,
      nextHref: next ? `/respond/${next.id}` : "/respond/review",
      nextLabel: next ? "Next section" : "Review answers",
    },
  };
  return { props: { page } };
}
