// Props handed from a server-rendered page to its browser island, as JSON inside a non-executable script
// element. Escaping `<` (and the two JavaScript line separators) keeps any text a respondent typed, such as
// "</script><script>…", inert: it can never close the element.
export function serializeIslandProps(props: unknown): string {
  return JSON.stringify(props).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function islandPropsId(name: string) {
  return `${name}-props`;
}

export function islandRootId(name: string) {
  return `${name}-island`;
}
