// A page a plugin adds to Learn (slot learn.pages), at /learn/{path}: its component, with no props,
// behind the error boundary of every insertion, in a document titled by the page's label.
import { useLayoutEffect } from 'react';
import { useIntl } from 'react-intl';
import { formatSlotLabel, LEARN_PAGES_SLOT, type PluginPage } from '../shared/plugins/plugin-pages.ts';
import { SlotInsertionView } from '../shared/plugins/plugin-slots.tsx';
import { messages } from './messages.ts';

const NO_PROPS = {};

export function PluginPageView({ page }: { readonly page: PluginPage }) {
  const intl = useIntl();
  const label = formatSlotLabel(intl, page.label);
  // A layout effect runs before the page's own effects: a page that sets a title of its own keeps it.
  useLayoutEffect(() => {
    document.title = intl.formatMessage(messages.documentTitle, { title: label });
  }, [intl, label]);
  return <SlotInsertionView slotId={LEARN_PAGES_SLOT} insertion={page.insertion} props={NO_PROPS} />;
}
