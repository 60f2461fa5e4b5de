/**
 * "Label : value" lines with the colons in one column and long values wrapping under their first
 * word, as oficios write Asunto/Referencia and Fecha/Hora/Lugar.
 */
import { Paragraph, TabStopType, TextRun } from 'docx';
import { cm, STYLE } from '../styles';

export interface Detail {
  label: string;
  /** One line, or several lines under one label. */
  value: string | readonly string[];
}

export interface DetailLayout {
  /** Where the labels start, in twips from the margin. */
  indent?: number;
  /** Room for the longest label. */
  labelWidth?: number;
}

const lineRuns = (lines: readonly string[]) => lines.map((text, i) => new TextRun({ text, break: i === 0 ? 0 : 1 }));

export function detailBlock(details: readonly Detail[], { indent = 0, labelWidth = cm(2.4) }: DetailLayout = {}): Paragraph[] {
  const colon = indent + labelWidth;
  const valueStart = colon + cm(0.4);
  return details.map(
    ({ label, value }, i) =>
      new Paragraph({
        style: STYLE.plain,
        spacing: { after: i === details.length - 1 ? 160 : 40 },
        indent: { left: valueStart, hanging: valueStart - indent },
        tabStops: [
          { type: TabStopType.LEFT, position: colon },
          { type: TabStopType.LEFT, position: valueStart },
        ],
        children: [new TextRun(`${label}\t:\t`), ...lineRuns(typeof value === 'string' ? [value] : value)],
      }),
  );
}
