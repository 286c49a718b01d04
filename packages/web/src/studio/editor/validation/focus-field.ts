// Moves focus to the field at a JSON pointer, or to the nearest place around it that the page
// shows (a node, its group, the path); a group of controls gives focus to its first control.
import { fieldId } from './field-pointers.ts';

export function focusField(pointer: string): void {
  for (let candidate = pointer; ; candidate = candidate.slice(0, candidate.lastIndexOf('/'))) {
    const element = document.getElementById(fieldId(candidate));
    if (element) {
      const target =
        (element.tagName === 'FIELDSET'
          ? element.querySelector<HTMLElement>('input, select, textarea')
          : null) ?? element;
      target.focus();
      target.scrollIntoView?.({ block: 'center' });
      return;
    }
    if (candidate === '') return;
  }
}
