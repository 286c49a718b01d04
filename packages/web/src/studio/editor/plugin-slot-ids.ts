// The ids of Studio's plugin slots (docs/web-plugin-slots.md, "Studio", says what each passes).
export const STUDIO_SLOTS = {
  /** More fields in the path's details form. */
  pathFormFields: 'studio.path-form.fields',
  /** More fields in a step's settings. */
  stepFormFields: 'studio.step-form.fields',
  /** More panels in the editor's side column. */
  editorPanels: 'studio.editor.panels',
  /** More tabs after the editor's sections (each insertion's `label` names its tab). */
  pathTabs: 'studio.path.tabs',
  /** More actions in each row of a path's learners table, after Unenrol. */
  learnerRowActions: 'studio.learners.row-actions',
  /** More sections on a path's Learners page, after the learners table. */
  learnersSections: 'studio.learners.sections',
} as const;
