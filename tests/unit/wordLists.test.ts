/** How a paragraph of Word's clipboard HTML is told to be a list item, and of which kind. */
import { describe, expect, it } from 'vitest';
import { listTypeOfMarker, msoListPosition } from '../../renderer/src/components/richText/wordLists';

describe("Word's list paragraphs", () => {
  it("reads the list and level from Word's mso-list style", () => {
    expect(msoListPosition('text-indent:-18.0pt;mso-list:l0 level1 lfo1')).toEqual({ list: 'l0 lfo1', level: 1 });
    expect(msoListPosition('margin-left:72.0pt;mso-add-space:auto;\ntext-indent:-18.0pt;mso-list:l3 level2 lfo4')).toEqual({ list: 'l3 lfo4', level: 2 });
  });

  it('finds no list in the marker span Word asks to ignore, nor in other paragraphs', () => {
    expect(msoListPosition('mso-list:Ignore')).toBeNull();
    expect(msoListPosition('text-align:justify')).toBeNull();
  });

  it.each(['1.', '12.', '2)', 'a.', 'b)', 'iv.', '(3)', '1.2.', 'A.'])('numbers the list after "%s"', (marker) => {
    expect(listTypeOfMarker(`${marker}\u00a0\u00a0\u00a0 `)).toBe('ol');
  });

  it.each(['·', 'o', '§', '-', '•', 'Ø'])('puts bullets after "%s"', (marker) => {
    expect(listTypeOfMarker(`${marker}\u00a0\u00a0 `)).toBe('ul');
  });
});
