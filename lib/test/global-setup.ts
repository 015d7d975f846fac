// Filled in once the migration tooling lands: builds one migrated SQLite template per test run.
export default async function setup() {}
