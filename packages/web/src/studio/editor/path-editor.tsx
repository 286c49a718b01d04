// The path editor: the header with its actions, the problems to fix, the sections as tabs
// (details, structure, tiers, preview, history) and, beside them, the live outline and plugin
// panels. It holds what the sections share: which tab is open, which nodes are open, where focus
// goes next, what was last announced, the what-if learner, who each part is while its id changes,
// and the warnings about the path's courses (listed again when publishing, which they never block).
// A draft is saved whatever its problems; only publishing waits until there are none.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocation, useNavigate } from 'react-router-dom';
import { validatePath, type PathDefinition, type Problem } from '@learning-paths/core';
import { Alert } from '@openedx/paragon';
import { useSession } from '../../shared/auth/session.tsx';
import { PluginSlot } from '../../shared/plugins/plugin-slots.tsx';
import { canAuthor } from '../path-list/grants.ts';
import { ConfirmDialog } from '../../shared/layout/confirm-dialog.tsx';
import { definitionFileName, downloadJson } from './download.ts';
import { EditorContext, type Editor } from './editor-context.tsx';
import { EditorHeader } from './editor-header.tsx';
import { EditorSections } from './editor-sections.tsx';
import { ProblemsProvider, useProblems } from './fields/problems-context.tsx';
import { useFileImport } from './import/use-file-import.tsx';
import { useLeaveGuard } from './leave-guard.tsx';
import { PathOutline } from './outline/path-outline.tsx';
import { STUDIO_SLOTS } from './plugin-slot-ids.ts';
import { today } from './preview/what-if-facts.ts';
import type { WhatIf } from './preview/what-if-panel.tsx';
import { SaveFeedback } from './save-feedback.tsx';
import { renameId, retitle } from './state/tree-edits.ts';
import { useIdentities } from './use-identities.ts';
import { useSectionParam } from './use-section-param.ts';
import type { PathView, usePathDocument } from './use-path-document.ts';
import { focusField } from './validation/focus-field.ts';
import { courseWarningLine } from './validation/course-warning-text.ts';
import { CourseWarningsContext, useCourseWarningsOf } from './validation/course-warnings-context.tsx';
import { locate } from './validation/field-pointers.ts';
import { mergeProblems } from './validation/merge-problems.ts';
import { ProblemSummary } from './validation/problem-summary.tsx';
import { messages } from './messages.ts';

const NONE: readonly Problem[] = [];

export function PathEditor({ pathDocument }: { readonly pathDocument: ReturnType<typeof usePathDocument> }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const location = useLocation();
  const { view, definition, dirty, outcome, edit } = pathDocument;
  const [section, setSection] = useSectionParam();
  const [expanded, setExpandedIds] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  /** Every problem is shown once the author saved, tried to publish or imported a file. */
  const [showAll, setShowAll] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [whatIf, setWhatIf] = useState<WhatIf>(() => ({ results: {}, date: today() }));
  const identities = useIdentities();
  const leaveDialog = useLeaveGuard(dirty);
  const { user } = useSession();
  /** Instructors see the editor (and may try things in the preview) but not save. */
  const readOnly = view !== null && !canAuthor(user, view.org);
  const localProblems = useMemo(() => validatePath(definition).errors, [definition]);
  const courseWarnings = useCourseWarningsOf(definition);
  // The server's problems: with the last try, else those of the saved draft while the form holds it.
  const serverProblems =
    outcome.kind === 'failed' ? outcome.problems : dirty ? NONE : (view?.draftProblems ?? NONE);
  const problems = useMemo(
    () => mergeProblems(localProblems, serverProblems),
    [localProblems, serverProblems],
  );

  useEffect(() => {
    if (focusTarget === null) return;
    focusField(focusTarget);
    setFocusTarget(null);
  }, [focusTarget]);

  // The tab's title names the path, as saved: what is typed changes it once saved.
  const savedTitle = view?.title;
  useEffect(() => {
    const title = savedTitle ?? intl.formatMessage(messages.newPath);
    document.title = intl.formatMessage(messages.documentTitle, { title });
  }, [intl, savedTitle]);

  // Published ids are what learners' progress refers to: from now on they stay.
  useEffect(() => {
    if (outcome.kind === 'published') identities.fixAll();
  }, [outcome.kind, identities]);

  const setExpanded = useCallback((id: string, open: boolean) => {
    setExpandedIds((current) => {
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  /** A part keeps its key, and stays open, when its id changes. */
  const renamed = useCallback(
    (from: string, to: string, byHand: boolean) => {
      identities.renamed(from, to, byHand);
      setExpandedIds((current) =>
        current.has(from) ? new Set([...current].map((id) => (id === from ? to : id))) : current,
      );
    },
    [identities],
  );

  const editor = useMemo<Editor>(
    () => ({
      definition,
      edit: (change) => {
        setBlocked(false);
        edit(change);
      },
      rename: (from, to) => {
        edit((current) => renameId(current, from, to));
        renamed(from, to, true);
      },
      retitle: (id, title) => {
        const next = retitle(definition, id, title, identities.followsTitle(id));
        edit(() => next.definition);
        if (next.id !== id) renamed(id, next.id, false);
      },
      added: identities.added,
      followsTitle: identities.followsTitle,
      keyOf: identities.keyOf,
      expanded,
      setExpanded,
      closeAll: () => setExpandedIds(new Set()),
      announce: setAnnouncement,
      reveal: (pointer) => {
        const place = locate(definition, pointer);
        setSection(place.section);
        if (place.nodeId) setExpanded(place.nodeId, true);
        setFocusTarget(pointer);
      },
    }),
    [definition, edit, expanded, setExpanded, identities, renamed],
  );

  const readyToPublish = () => {
    setShowAll(true);
    // Only what the browser finds blocks a try: the server's problems with the last try may be gone
    // without a change here (another organisation shared its course since), so it is asked again.
    if (localProblems.length === 0) return true;
    setBlocked(true);
    document.getElementById('problem-summary')?.focus();
    return false;
  };
  const fileImport = useFileImport({
    definition,
    replace: (next) => {
      // An imported file's ids are existing ids: none follows its title.
      identities.fixAll();
      editor.edit(() => next);
      // The file's problems are shown at their fields at once, as after a save.
      setShowAll(true);
    },
    announce: setAnnouncement,
  });
  const afterSave = (saved: PathView | null) => {
    if (!saved) return;
    // An imported file is in the saved draft now: putting back what was before would be a new
    // change, not an undo.
    fileImport.forget();
    if (!view) navigate(`/paths/${encodeURIComponent(saved.key)}${location.search}`, { replace: true });
  };
  const save = async () => {
    // Saved whatever its problems; the answer says how many are left, and they are all shown.
    setShowAll(true);
    setBlocked(false);
    afterSave(await pathDocument.saveDraft());
  };
  const publish = async () => {
    setPublishing(false);
    afterSave(await pathDocument.publish());
  };
  const exportDraft = () => downloadJson(definitionFileName(definition.key, 'draft'), definition);

  return (
    <EditorContext.Provider value={editor}>
      <CourseWarningsContext.Provider value={courseWarnings}>
        <ProblemsProvider
          definition={definition}
          problems={problems}
          showAll={pathDocument.reopened || showAll}
        >
          <EditorHeader
            definition={definition}
            view={view}
            dirty={dirty}
            busy={outcome.kind === 'busy'}
            readOnly={readOnly}
            onSave={() => void save()}
            onPublish={() => (readyToPublish() ? setPublishing(true) : undefined)}
            onExport={exportDraft}
            onImport={fileImport.start}
          />
          {view?.status === 'archived' && (
            <Alert variant="info">{intl.formatMessage(messages.archivedNote)}</Alert>
          )}
          {readOnly && (
            <Alert variant="info">{intl.formatMessage(messages.readOnly, { org: view.org })}</Alert>
          )}
          {fileImport.note}
          <SaveFeedback
            outcome={outcome}
            blocked={blocked}
            onDownload={exportDraft}
            onReload={() => {
              fileImport.forget();
              identities.fixAll();
              void pathDocument.reload();
            }}
          />
          <div id="problem-summary" tabIndex={-1}>
            <ShownProblems definition={definition} onShow={editor.reveal} />
          </div>
          <div className="editor-layout">
            <div className="editor-main">
              <EditorSections
                section={section}
                onSelect={setSection}
                view={view}
                valid={problems.length === 0}
                whatIf={whatIf}
                onWhatIf={setWhatIf}
              />
            </div>
            <aside className="editor-side" aria-label={intl.formatMessage(messages.sidePanels)}>
              <PathOutline />
              <PluginSlot
                id={STUDIO_SLOTS.editorPanels}
                props={{
                  definition,
                  pathKey: view?.key ?? null,
                  onChange: (next: PathDefinition) => edit(() => next),
                }}
              />
            </aside>
          </div>
          <div className="sr-only" aria-live="polite">
            {announcement}
          </div>
          <ConfirmDialog
            isOpen={publishing}
            title={intl.formatMessage(messages.publishTitle, { title: definition.title })}
            confirmLabel={intl.formatMessage(messages.publish)}
            cancelLabel={intl.formatMessage(messages.cancel)}
            onConfirm={() => void publish()}
            onCancel={() => setPublishing(false)}
          >
            <p>{intl.formatMessage(messages.publishBody, { version: (view?.version ?? 0) + 1 })}</p>
            {dirty && <p>{intl.formatMessage(messages.publishUnsaved)}</p>}
            {courseWarnings.all.length > 0 && (
              <>
                <p>{intl.formatMessage(messages.publishWarnings, { count: courseWarnings.all.length })}</p>
                <ul>
                  {courseWarnings.all.map((warning) => (
                    <li key={`${warning.pointer} ${warning.kind}`}>
                      {courseWarningLine(intl, warning, definition)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </ConfirmDialog>
          {leaveDialog}
          {fileImport.dialog}
        </ProblemsProvider>
      </CourseWarningsContext.Provider>
    </EditorContext.Provider>
  );
}

/** The problems shown so far (see ProblemsProvider), listed above the editor. */
function ShownProblems({
  definition,
  onShow,
}: {
  readonly definition: PathDefinition;
  readonly onShow: (pointer: string) => void;
}) {
  const { shown } = useProblems();
  return <ProblemSummary definition={definition} problems={shown} onShow={onShow} />;
}
