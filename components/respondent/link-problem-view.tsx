import Link from "next/link";

/** Why an invitation link cannot be used, and where to go instead (no stack trace, no detail of the response). */
export const LINK_PROBLEMS: Record<string, { title: string; text: string }> = {
  unknown: {
    title: "This invitation link is not valid",
    text: "The link may be incomplete: check that you copied all of it. If it still does not work, ask your facilitator for a new link.",
  },
  revoked: {
    title: "This invitation link was withdrawn",
    text: "Your facilitator has replaced or withdrawn this link. Ask them for your current link.",
  },
  expired: {
    title: "This invitation link has expired",
    text: "Ask your facilitator for a new link if you still want to take part.",
  },
  closed: {
    title: "This assessment is closed",
    text: "The facilitator has closed this round of the assessment, so answers can no longer be given or changed. If a new round has started, your facilitator sends you a new link.",
  },
  submitted: {
    title: "You have already submitted your answers",
    text: "Thank you. Your answers are saved and can no longer be changed.",
  },
  missing: {
    title: "Open your invitation link first",
    text: "This page is only available after you open your personal invitation link. Use the link from your invitation.",
  },
};

export function LinkProblemView({ reason }: { reason: string }) {
  const message = Object.hasOwn(LINK_PROBLEMS, reason) ? LINK_PROBLEMS[reason]! : LINK_PROBLEMS.unknown!;
  return (
    <section aria-labelledby="problem-title" className="max-w-xl">
      <h1 id="problem-title" className="text-2xl font-semibold">
        {message.title}
      </h1>
      <p className="mt-3 text-muted">{message.text}</p>
      {reason === "submitted" ? (
        <p className="mt-6">
          <Link href="/respond/results">See your personal results</Link>
        </p>
      ) : (
        <p className="mt-6">
          <Link href="/">About Bridge</Link>
        </p>
      )}
    </section>
  );
}
