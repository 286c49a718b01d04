// The browser bundle of the test plugin org.example.ui: a plain ES module, no build, using the React
// and react-intl the app shares (hooks prove it is the app's one copy, under its IntlProvider), with
// a section of Learn's path page, a page of Learn and Studio's tab and learner-row action.
export default function register(app) {
  const { React, ReactIntl } = app.shared;
  const h = React.createElement;

  function LearnSection({ pathKey }) {
    const intl = ReactIntl.useIntl();
    const [count, setCount] = React.useState(0);
    return h(
      'section',
      { 'aria-labelledby': 'ui-fixture-learn', className: 'ui-fixture' },
      h(
        'h2',
        { id: 'ui-fixture-learn' },
        intl.formatMessage({ id: 'uiFixture.title', defaultMessage: 'From a plugin' }),
      ),
      h('p', null, `Plugin section for ${pathKey}`),
      h('button', { type: 'button', onClick: () => setCount(count + 1) }, `Clicked ${count} times`),
    );
  }

  function StudioTab({ definition }) {
    return h(
      'section',
      { 'aria-labelledby': 'ui-fixture-tab' },
      h('h2', { id: 'ui-fixture-tab' }, 'Plugin tab'),
      h('p', null, `Editing ${definition.title}`),
    );
  }

  function RowAction({ learner }) {
    return h(
      'button',
      { type: 'button', className: 'btn btn-sm btn-outline-primary' },
      `Note on ${learner.username}`,
    );
  }

  function LearnPage() {
    return h(
      React.Fragment,
      null,
      h('h1', null, 'Plugin page'),
      h('p', null, 'A whole page of Learn, from a plugin.'),
    );
  }

  app.slot('learn.path-page.section', LearnSection);
  app.slot('learn.pages', LearnPage, {
    path: 'plugin-page',
    label: { id: 'uiFixture.page', defaultMessage: 'Plugin page' },
  });
  app.slot('studio.path.tabs', StudioTab, { label: 'Plugin tab' });
  app.slot('studio.learners.row-actions', RowAction);
}
