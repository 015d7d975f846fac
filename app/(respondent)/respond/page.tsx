import { redirect } from "next/navigation";
import { ConsentForm } from "@/components/respondent/consent-form";
import { BENCHMARK_SOURCES } from "@/lib/benchmarks";
import { SIDE_LABEL, TIER_LABEL } from "@/lib/domain";
import { requireRespondent } from "@/lib/respondent/session";
import { resumeHref, sectionProgress } from "@/lib/respondent/navigation";

export const metadata = { title: "Welcome" };

export default async function WelcomePage() {
  const r = await requireRespondent();
  if (r.status === "submitted") redirect("/respond/results");
  if (r.consentAt) redirect(resumeHref(sectionProgress(r.questionnaire, r.side, r.answers)));
  const a12 = BENCHMARK_SOURCES.find((s) => s.id === "accenture-2012");
  const total = r.questionnaire.items.filter((i) => !i.sides || i.sides.includes(r.side)).length - 2;
  return (
    <article aria-labelledby="welcome-title" className="max-w-2xl">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-dark">{r.organizationName}</p>
      <h1 id="welcome-title" className="mt-1 text-3xl font-bold">
        Welcome, {r.participantName}
      </h1>
      <p className="mt-3 text-lg text-muted">
        {r.facilitatorName ? `${r.facilitatorName} invites you` : "Your facilitator invites you"} to the assessment{" "}
        <strong className="text-ink">{r.assessmentTitle}</strong>. You take part as{" "}
        <strong className="text-ink">
          {SIDE_LABEL[r.side]} {TIER_LABEL[r.tier].toLowerCase()}
        </strong>
        .
      </p>

      <h2 className="mt-8 text-xl font-semibold">What it measures</h2>
      <p className="mt-2">
        How marketing and IT work together, along Accenture&apos;s five imperatives: the CMO as chief experience officer,
        IT as a strategic partner, agreed business levers, the skill mix, and trust. Your answers are compared with
        published surveys of CMOs and CIOs (for example Accenture Interactive&apos;s {a12?.year} survey of{" "}
        {a12?.samples.find((s) => s.population === "marketing")?.n} marketing and {a12?.samples.find((s) => s.population === "it")?.n} IT
        executives). A few questions ask you to predict how the other side answers.
      </p>

      <h2 className="mt-8 text-xl font-semibold">How long it takes</h2>
      <p className="mt-2">
        About ten minutes for {total} questions. Every answer is saved as you go: you can stop at any time and come
        back with the same link, on any device.
      </p>

      <h2 className="mt-8 text-xl font-semibold">Who sees what</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {r.tier === "leader" ? (
          <li>As a leader, your answers are shown with your name only if you agree below; otherwise without it.</li>
        ) : (
          <li>As a team member, your answers are shown only combined with at least four others (free-text answers: at least nine others), never by name.</li>
        )}
        <li>Right after you submit, you see your own results beside the published figures. You never see anyone else&apos;s answers.</li>
        <li>Your link is personal: do not share it.</li>
      </ul>
      <ConsentForm isLeader={r.tier === "leader"} />
    </article>
  );
}
