// Studio's path editor: metadata, structure, tiers, live validation and preview, save and publish.
export function PathEditorPage() {
  return <h1>Path editor</h1>;
}
