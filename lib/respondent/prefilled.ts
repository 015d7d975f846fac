/** Items answered from the invitation (side and tier), not by the respondent. */
export const PREFILLED_ITEMS = new Set(["context-side", "context-tier"]);
