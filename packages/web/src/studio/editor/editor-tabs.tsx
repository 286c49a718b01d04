// The editor's sections as tabs (the WAI-ARIA tabs pattern: arrow keys, Home and End move between
// them), each with its count of problems. Only the open section is rendered; what must outlive a
// switch (the definition, the what-if results) lives above the tabs.
import type { KeyboardEvent, ReactNode } from 'react';
import { Badge } from '@openedx/paragon';

interface TabSpec {
  readonly id: string;
  readonly label: string;
  /** Shown after the label, as "2 problems". */
  readonly badge?: string;
}

export function EditorTabs({
  label,
  tabs,
  active,
  onSelect,
  panel,
}: {
  readonly label: string;
  readonly tabs: readonly TabSpec[];
  readonly active: string;
  readonly onSelect: (id: string) => void;
  readonly panel: (id: string) => ReactNode;
}) {
  const keyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[(target + tabs.length) % tabs.length]!;
    onSelect(tab.id);
    document.getElementById(`tab-${tab.id}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="editor-tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={tab.id === active ? `panel-${tab.id}` : undefined}
            tabIndex={tab.id === active ? 0 : -1}
            className={`editor-tab${tab.id === active ? ' active' : ''}`}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => keyDown(event, index)}
          >
            {tab.label}
            {tab.badge && (
              <>
                {' '}
                <Badge variant="danger">{tab.badge}</Badge>
              </>
            )}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} className="editor-panel">
        {panel(active)}
      </div>
    </>
  );
}
