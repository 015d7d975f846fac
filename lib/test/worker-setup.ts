// Filled in once the migration tooling lands: gives each Vitest worker its own copy of the template database.
export {};
