// Browser entry of the questionnaire page (bundled by scripts/lib/islands.ts, not by Next.js): no React in the
// browser (decision 47). The server rendered the section's native controls; this script adds validation with the
// same zod/mini schemas as the server, autosave, and the controls' live parts. It, zod/mini and the schemas are
// all the JavaScript a respondent's phone downloads on a questionnaire page.
import * as z from "zod/mini";
import { takeEarlyState } from "@/lib/islands/early";
import { islandPropsId, islandRootId } from "@/lib/islands/props";
import type { SectionFormProps } from "@/lib/respondent/section-page";
import { startSectionForm } from "./questionnaire/section-form";

// zod/mini's parsers do not compile themselves with `new Function` (which the page's Content-Security-Policy
// would refuse); jitless says so explicitly, as instrumentation-client.ts does for the App Router pages' full zod
z.config({ jitless: true });

const root = document.getElementById(islandRootId("questionnaire"));
const data = document.getElementById(islandPropsId("questionnaire"))?.textContent;
if (root && data) startSectionForm(root, JSON.parse(data) as SectionFormProps, takeEarlyState("questionnaire"));
