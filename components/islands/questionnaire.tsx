// Browser entry of the questionnaire page (bundled by scripts/lib/islands.ts, not by Next.js): React hydrates
// the server-rendered section form with the props the page embedded. This file, React, react-hook-form,
// zod/mini and the form are all the JavaScript a respondent's phone downloads on a questionnaire page.
import { hydrateRoot } from "react-dom/client";
import { QuestionnaireSectionForm } from "@/components/forms/questionnaire-section-form";
import { islandPropsId, islandRootId } from "@/lib/islands/props";
import type { SectionFormProps } from "@/lib/respondent/section-page";

const root = document.getElementById(islandRootId("questionnaire"));
const data = document.getElementById(islandPropsId("questionnaire"))?.textContent;
if (root && data) hydrateRoot(root, <QuestionnaireSectionForm {...(JSON.parse(data) as SectionFormProps)} />);
