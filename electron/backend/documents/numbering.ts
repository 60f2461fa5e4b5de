/** The two list kinds minutes use, declared once per document and referenced by paragraphs. */
import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import { cm } from './styles';

export const LIST = { bullet: 'acuerda-bullet', ordered: 'acuerda-ordered' } as const;

const indent = { left: cm(1.25), hanging: cm(0.6) };

export const documentNumbering: INumberingOptions = {
  config: [
    {
      reference: LIST.bullet,
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }],
    },
    {
      reference: LIST.ordered,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }],
    },
  ],
};
