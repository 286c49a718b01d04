// Studio's path list: search, filters, create, duplicate, archive.
export function PathListPage() {
  return <h1>Paths</h1>;
}
