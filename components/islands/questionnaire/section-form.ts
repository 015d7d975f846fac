// Browser only: the questionnaire section's behaviour over the server's markup (decision 47). Every change is
// checked with the item's draft schema, the same one the autosave route applies, shown as an error or saved at
// once; the status line follows autosave; links and "Next" wait for pending saves; answers changed before this
// script ran (recorded by the island's loader) are saved like any other.
import { errorId, itemBoxId } from "@/components/forms/fields/ids";
import { STATUS_TEXT } from "@/components/forms/questionnaire-status";
import type { EarlyState } from "@/lib/islands/early";
import type { ClientItem } from "@/lib/questionnaire/client-item";
import type { SectionFormProps } from "@/lib/respondent/section-page";
import { answerSchema } from "@/lib/validation/answer";
import { createAutosave } from "./autosave";
import { changedSinceRendered, changeItem, readItem, writeItem } from "./controls";

const schemas = new Map<string, ReturnType<typeof answerSchema>>();

function draftSchema(item: ClientItem) {
  let schema = schemas.get(item.key);
  if (!schema) schemas.set(item.key, (schema = answerSchema(item, "draft")));
  return schema;
}

/**
 * Builds every item's schema and runs it once while the page is idle, so that the first answer chosen does not pay
 * for it (it would lengthen that interaction by a frame on a slow phone).
 */
function warmUp(items: ClientItem[]) {
  const idle = (window as { requestIdleCallback?: (fn: () => void) => void }).requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
  idle(() => {
    for (const item of items) draftSchema(item).safeParse(null);
  });
}

/** Validates one value with the item's draft schema: the same schema the autosave route applies. */
function validateDraft(item: ClientItem, value: unknown): true | string {
  if (value === null || value === undefined) return true;
  const result = draftSchema(item).safeParse(value);
  return result.success ? true : (result.error.issues[0]?.message ?? "This answer is not valid");
}

function describedBy(element: Element, id: string, on: boolean) {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(" ").filter((t) => t && t !== id);
  if (on) ids.push(id);
  if (ids.length) element.setAttribute("aria-describedby", ids.join(" "));
  else element.removeAttribute("aria-describedby");
}

/** Shows (or, with null, removes) an item's error, tied to its controls for screen readers. */
function setError(box: HTMLElement, itemKey: string, message: string | null) {
  const id = errorId(itemKey);
  let line = document.getElementById(id);
  if (message !== null && !line) {
    line = document.createElement("p");
    line.id = id;
    line.setAttribute("role", "alert");
    line.className = "mt-2 font-medium text-red-700";
    box.appendChild(line);
  }
  if (line) {
    if (message === null) line.remove();
    else line.textContent = message;
  }
  for (const field of box.querySelectorAll("[data-field]")) {
    if (message === null) field.removeAttribute("aria-invalid");
    else field.setAttribute("aria-invalid", "true");
    describedBy(field, id, message !== null);
  }
}

export function startSectionForm(root: HTMLElement, props: SectionFormProps, early: EarlyState) {
  const form = root.querySelector<HTMLFormElement>("form[data-questionnaire]");
  const status = root.querySelector<HTMLElement>("[role=status]");
  if (!form || !status) return;
  const items = new Map(props.items.map((item) => [item.key, item]));
  const values = new Map<string, unknown>(props.items.map((item) => [item.key, props.answers[item.key] ?? null]));
  const boxOf = (key: string) => document.getElementById(itemBoxId(key));
  const errors = new Map<string, string>();

  const showError = (key: string, message: string | null) => {
    const box = boxOf(key);
    if (message === null) errors.delete(key);
    else errors.set(key, message);
    if (box) setError(box, key, message);
  };

  const autosave = createAutosave({
    endpoint: "/api/respond/answers",
    storageKey: props.storageKey,
    onStatus: (s) => (status.textContent = STATUS_TEXT[s]),
    onRejected: (key, message) => showError(key, message),
  });

  const accept = (item: ClientItem, value: unknown) => {
    values.set(item.key, value);
    const valid = validateDraft(item, value);
    if (valid !== true) return showError(item.key, valid);
    if (errors.has(item.key)) showError(item.key, null);
    autosave.save(item.key, value ?? null);
  };

  const onControl = (event: Event) => {
    const control = event.target;
    if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement)) return;
    // choices take effect on "change"; typing on "input" (every keystroke is saved, the queue keeps the latest)
    const typed = control instanceof HTMLTextAreaElement || (control instanceof HTMLInputElement && control.type === "number");
    if (typed !== (event.type === "input")) return;
    const item = items.get(control.closest<HTMLElement>("[data-item]")?.dataset.item ?? "");
    if (item) accept(item, changeItem(form, item, values.get(item.key), control));
  };

  const next = async () => {
    let first: string | null = null;
    for (const item of props.items) {
      const valid = validateDraft(item, values.get(item.key));
      if (valid !== true) {
        showError(item.key, valid);
        first ??= item.key;
      }
    }
    if (first) {
      boxOf(first)?.querySelector<HTMLElement>("input, select, textarea")?.focus();
      return;
    }
    // the next page is rendered on the server from the stored answers: let the last saves land first (the ones
    // that do not are kept on this device and sent again from the next page)
    await autosave.settled(3000);
    window.location.assign(props.nextHref);
  };

  const leave = (href: string) => void autosave.settled(3000).then(() => window.location.assign(href));

  // answers changed before this script ran (the loader recorded the events; the controls hold the changes)
  const changedEarly = new Map<string, unknown>();
  for (const item of props.items) {
    const box = boxOf(item.key);
    if (box && changedSinceRendered(box)) changedEarly.set(item.key, readItem(form, item, values.get(item.key)));
  }
  // answers typed on an earlier visit but never acknowledged take precedence over the stored ones (autosave
  // sends them again), unless changed again before this script ran
  const unsaved = autosave.unsaved();
  for (const item of props.items) {
    if (item.key in unsaved && !changedEarly.has(item.key)) {
      values.set(item.key, unsaved[item.key]);
      writeItem(form, item, unsaved[item.key]);
    }
  }
  form.addEventListener("change", onControl);
  form.addEventListener("input", onControl);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void next();
  });
  document.addEventListener("click", (event) => {
    // any link on the page (Back, the progress steps, the header) waits for pending saves before leaving, so the
    // next page, rendered from the database, shows them (what is not saved in 3 s stays on the device)
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!(link instanceof HTMLAnchorElement) || link.target || link.origin !== window.location.origin || !autosave.hasPending()) return;
    if (link.pathname === window.location.pathname && link.hash) return; // a jump within this page
    event.preventDefault();
    leave(link.href);
  });
  early.ready = true;
  status.textContent = STATUS_TEXT.idle;
  autosave.start();
  warmUp(props.items);

  // the early changes are saved now, with the controls' rules applied (a ranking's duplicate is refused)
  for (const [key, value] of changedEarly) {
    const item = items.get(key)!;
    writeItem(form, item, value);
    accept(item, value);
  }
  if (early.submit) void next();
  else if (early.href) leave(early.href);
}
