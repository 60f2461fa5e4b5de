/**
 * The two list kinds minutes use, declared once per document and referenced by paragraphs. Each
 * has Word's nine levels, marked and indented as Word marks a new list: •, o, ▪ for bullets and
 * 1., a., i. for numbers, each level a step further in.
 */
import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';
import { LIST_MAX_LEVELS } from '../../../../shared/domain/richText';
import { cm } from './styles';

export const LIST = { bullet: 'acuerda-bullet', ordered: 'acuerda-ordered' } as const;

const BULLETS = ['•', 'o', '▪'];
const NUMBERS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

const indent = (level: number) => ({ left: cm(1.25 + 0.63 * level), hanging: cm(0.6) });

const levels = (mark: (level: number) => Pick<ILevelsOptions, 'format' | 'text'>): ILevelsOptions[] =>
  Array.from({ length: LIST_MAX_LEVELS }, (_, level) => ({
    level,
    ...mark(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: indent(level) } },
  }));

export const documentNumbering: INumberingOptions = {
  config: [
    { reference: LIST.bullet, levels: levels((level) => ({ format: LevelFormat.BULLET, text: BULLETS[level % BULLETS.length] })) },
    { reference: LIST.ordered, levels: levels((level) => ({ format: NUMBERS[level % NUMBERS.length], text: `%${level + 1}.` })) },
  ],
};
