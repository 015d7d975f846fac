// Text no database here can store: NUL, or a UTF-16 surrogate without its pair. PostgreSQL refuses both (text
// columns NUL, jsonb both; the query failed with a 500); SQLite stored them. No imports: the questionnaire island
// checks free-text answers with it too (lib/validation/answer.ts).
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

export const UNSTORABLE_MESSAGE = "Remove the characters that cannot be saved (NUL, a broken emoji)";

export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);
