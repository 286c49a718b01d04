// A test "plugin" that exports its manifest by name only.
export const plugin = { id: 'org.example.no-default' };
