/**
 * The rich-text editor (Tiptap) of the acta's minutes and of the plan's and protocol's texts: what
 * is typed is handed on as rich text (shared/domain/richText.ts). The editor owns the document
 * while it is open, so nothing from outside moves the cursor or undoes typing; `initial` is only
 * read when the editor (re)opens, e.g. when its hidden tab shows again.
 */
import { Box, Input } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { type Ref, useEffect, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { RichBlock } from '../../../../shared/domain/richText';
import { Msg } from '../../lib/messages';
import { STYLE_NONCE } from '../../platform/styleNonce';
import { contentProblem } from './contentProblem';
import { RICH_TEXT_EXTENSIONS } from './editorExtensions';
import { EditorToolbar } from './EditorToolbar';
import { cleanPastedHtml } from './pastedHtml';
import { fromEditorDoc, toEditorDoc } from './richTextConvert';
import classes from './RichTextEditor.module.css';

export interface RichTextHandle {
  focus: () => void;
}

interface RichTextEditorProps {
  /** The text box's accessible name, e.g. "Desarrollo del punto 6.1". */
  label: string;
  /**
   * The document the editor opens with. Pass what was typed so far: a hidden tab (React Activity)
   * closes the editor and opens it again from this, and what cannot be saved in it (a pasted table
   * too wide for the page) is said under the editor.
   */
  initial: RichBlock[];
  readOnly: boolean;
  onChange: (blocks: RichBlock[]) => void;
  onBlur?: () => void;
  /** The user clicked or typed in the editor while it is read-only. */
  onReadOnlyAttempt?: () => void;
  /** Draws the frame as needing attention (e.g. the confidentiality warning under it). */
  warning?: boolean;
  /** The id of what explains the warning, read out with the text box. */
  describedBy?: string;
  ref?: Ref<RichTextHandle>;
}

export function RichTextEditor(props: RichTextEditorProps) {
  const { label, initial, readOnly, onChange, onBlur, onReadOnlyAttempt, warning = false, describedBy, ref } = props;
  // The options must stay the same object while the editor is open: Tiptap re-applies changed
  // options to the view after every render, and doing so on each keystroke could drop a fast
  // keystroke. The latest text is kept aside for an editor re-created later (a tab shown again).
  const [content] = useState(() => toEditorDoc(initial));
  const problemId = useId();
  const problem = useMemo(() => contentProblem(initial), [initial]);
  const described = [describedBy, problem ? problemId : undefined].filter(Boolean).join(' ');
  const initialAtMount = useRef(initial);
  const latest = useRef(initial);
  latest.current = initial;
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: classes.content,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        'aria-readonly': String(readOnly),
        ...(described ? { 'aria-describedby': described } : {}),
        // A read-only acta can still be reached with the keyboard and read.
        ...(readOnly ? { tabindex: '0' } : {}),
      },
      // Word's lists and tables arrive as real lists and plain tables, not as marked-up paragraphs.
      transformPastedHTML: cleanPastedHtml,
    }),
    [label, readOnly, described],
  );
  const editor = useEditor({
    extensions: RICH_TEXT_EXTENSIONS,
    // Tiptap writes its base styles into a <style> element; the desktop app's policy needs the nonce.
    injectNonce: STYLE_NONCE,
    content,
    editable: !readOnly,
    editorProps,
    shouldRerenderOnTransaction: false,
    onCreate: ({ editor: created }) => {
      if (latest.current !== initialAtMount.current) created.commands.setContent(toEditorDoc(latest.current), { emitUpdate: false });
    },
    onUpdate: ({ editor: e }) => onChange(fromEditorDoc(e.getJSON())),
    onBlur: () => onBlur?.(),
  });

  useEffect(() => {
    if (editor && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  useImperativeHandle(ref, () => ({ focus: () => editor?.commands.focus('end') }), [editor]);

  return (
    <>
      <Box
        className={classes.frame}
        mod={{ warning: warning || problem !== null, readonly: readOnly }}
        onMouseDown={readOnly ? onReadOnlyAttempt : undefined}
        onKeyDown={(event) => {
          // Typing a character, not moving around or copying.
          if (readOnly && event.key.length === 1 && !event.ctrlKey && !event.metaKey) onReadOnlyAttempt?.();
        }}
      >
        {!readOnly && editor && (
          <div className={classes.toolbar}>
            <EditorToolbar editor={editor} />
          </div>
        )}
        <EditorContent editor={editor} />
      </Box>
      {problem && (
        <Input.Error id={problemId} mt={4} role="alert">
          <Msg k={problem.key} params={problem.params} />
        </Input.Error>
      )}
    </>
  );
}
