// The editor's sections as tabs, each labelled with its count of problems, and the open section:
// details, structure, tiers, the what-if preview or the version history.
import { useIntl } from 'react-intl';
import { EditorTabs } from './editor-tabs.tsx';
import { useProblems } from './fields/problems-context.tsx';
import { VersionHistory } from './history/version-history.tsx';
import { MetadataForm } from './metadata/metadata-form.tsx';
import { WhatIfPanel, type WhatIf } from './preview/what-if-panel.tsx';
import { StructureEditor } from './structure/structure-editor.tsx';
import { TiersEditor } from './tiers/tiers-editor.tsx';
import { useEditor } from './editor-context.tsx';
import type { PathView } from './use-path-document.ts';
import { messages } from './messages.ts';

export type Section = 'details' | 'structure' | 'tiers' | 'preview' | 'history';

const SECTIONS: readonly Section[] = ['details', 'structure', 'tiers', 'preview', 'history'];

export function EditorSections({
  section,
  onSelect,
  view,
  valid,
  whatIf,
  onWhatIf,
}: {
  readonly section: Section;
  readonly onSelect: (section: Section) => void;
  readonly view: PathView | null;
  /** Whether the definition has no problems (the preview needs a valid one). */
  readonly valid: boolean;
  readonly whatIf: WhatIf;
  readonly onWhatIf: (whatIf: WhatIf) => void;
}) {
  const intl = useIntl();
  const { definition } = useEditor();
  const { within } = useProblems();
  const structure = within('/requirements');
  const tiers = within('/tiers');
  const counts: Partial<Record<Section, number>> = {
    structure,
    tiers,
    details: within('') - structure - tiers,
  };
  const tabs = SECTIONS.map((id) => {
    const count = counts[id] ?? 0;
    const label = intl.formatMessage(messages[id]);
    return count > 0
      ? { id, label, badge: intl.formatMessage(messages.tabProblems, { count }) }
      : { id, label };
  });
  const panel = (id: string) => {
    switch (id as Section) {
      case 'details':
        return <MetadataForm isNew={view === null} />;
      case 'structure':
        return <StructureEditor />;
      case 'tiers':
        return <TiersEditor />;
      case 'preview':
        return <WhatIfPanel definition={definition} valid={valid} whatIf={whatIf} onChange={onWhatIf} />;
      case 'history':
        return <VersionHistory pathKey={view?.key ?? null} publishedVersion={view?.version ?? null} />;
    }
  };
  return (
    <EditorTabs
      label={intl.formatMessage(messages.sections)}
      tabs={tabs}
      active={section}
      onSelect={(id) => onSelect(id as Section)}
      panel={panel}
    />
  );
}
