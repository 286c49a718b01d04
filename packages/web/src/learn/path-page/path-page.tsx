// Learn's path page: the whole pathway with progress, locks, tiers and what is left.
export function PathPage() {
  return <h1>Path</h1>;
}
