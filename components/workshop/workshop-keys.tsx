"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

export interface WorkshopKeyTargets {
  previous: string | null;
  next: string | null;
  start: string;
  summary: string;
  /** Gap K's address at index K − 1. */
  gaps: string[];
  /** Present mode: where Escape leads (the same screen with the app's navigation). */
  exitPresent: string | null;
  /** The element shown full screen with F. */
  fullScreenId: string;
}

/** How long to wait for a second digit ("1", "2" → gap 12) before jumping. */
const DIGIT_WINDOW_MS = 600;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The workshop's keyboard shortcuts, the page's only script besides the outcome form: → j PageDown next, ← k PageUp
 * previous, 1-9 (two digits within 0.6 s for 10+) a gap, Home the start, End the outcomes, F full screen, Escape
 * out of present mode. Keys typed into a field are left alone, except Escape, which leaves the field. Every target
 * is also a link on the page.
 */
export function WorkshopKeys({ targets }: { targets: WorkshopKeyTargets }) {
  const router = useRouter();
  useEffect(() => {
    let digits = "";
    let timer: ReturnType<typeof setTimeout> | undefined;
    const go = (href: string | null | undefined) => {
      if (href) router.push(href);
    };
    const jump = () => {
      const n = Number(digits);
      digits = "";
      if (n >= 1) go(targets.gaps[n - 1]);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target)) {
        // Escape leaves the field, so the next key moves through the workshop again
        if (event.key === "Escape") (event.target as HTMLElement).blur();
        return;
      }
      const key = event.key;
      if (/^[0-9]$/.test(key)) {
        event.preventDefault();
        digits += key;
        clearTimeout(timer);
        // jump at once when no second digit could name a gap
        if (Number(digits) * 10 > targets.gaps.length || digits.length >= 3) jump();
        else timer = setTimeout(jump, DIGIT_WINDOW_MS);
        return;
      }
      const actions: Record<string, () => void> = {
        ArrowRight: () => go(targets.next),
        j: () => go(targets.next),
        PageDown: () => go(targets.next),
        ArrowLeft: () => go(targets.previous),
        k: () => go(targets.previous),
        PageUp: () => go(targets.previous),
        Home: () => go(targets.start),
        End: () => go(targets.summary),
        f: () => {
          const el = document.getElementById(targets.fullScreenId);
          if (document.fullscreenElement) void document.exitFullscreen();
          else void el?.requestFullscreen?.().catch(() => undefined);
        },
        Escape: () => {
          if (!document.fullscreenElement) go(targets.exitPresent);
        },
      };
      const action = actions[key] ?? actions[key.toLowerCase()];
      if (!action || (key === "Escape" && !targets.exitPresent)) return;
      event.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
      clearTimeout(timer);
    };
  }, [router, targets]);
  return null;
}
