/**
 * Runs in a blank browser page (see harness.ts): pastes HTML into an editor with the minutes'
 * extensions and paste clean-up, as Ctrl+V would, and gives back what would be saved.
 */
import { Editor } from '@tiptap/core';
import { RICH_TEXT_EXTENSIONS } from '../../../renderer/src/components/richText/editorExtensions';
import { cleanPastedHtml } from '../../../renderer/src/components/richText/pastedHtml';
import { fromEditorDoc } from '../../../renderer/src/components/richText/richTextConvert';

export function paste(html: string) {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: RICH_TEXT_EXTENSIONS, editorProps: { transformPastedHTML: cleanPastedHtml } });
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/html', html);
  editor.view.dom.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  const result = { blocks: fromEditorDoc(editor.getJSON()), text: editor.view.dom.textContent ?? '' };
  editor.destroy();
  element.remove();
  return result;
}
