// The browser bundle of the test plugin org.example.ui-throws: it inserts a component, then throws,
// so nothing of it may show.
export default function register(app) {
  const { React } = app.shared;
  app.slot('learn.path-page.section', () => React.createElement('p', null, 'Must not show'));
  throw new Error('the bundle of org.example.ui-throws fails on purpose');
}
