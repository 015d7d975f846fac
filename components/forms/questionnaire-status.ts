// The questionnaire's status line, once: what the server renders before the script runs, and what the script
// shows for each state of autosave (components/islands/questionnaire/autosave.ts).
export type SaveStatus = "idle" | "saving" | "saved" | "retrying" | "offline" | "blocked";

export const PREPARING_TEXT = "Preparing the form…";

export const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: "Answers are saved as you go",
  saving: "Saving…",
  saved: "All answers saved",
  retrying: "Connection problem: retrying. Your answers are kept on this device until they are saved.",
  offline: "You are offline. Your answers are kept on this device and will be saved when you are back online.",
  blocked: "This link can no longer save answers (it was replaced, withdrawn or closed). Your latest answers are kept on this device: open your current invitation link to save them.",
};
