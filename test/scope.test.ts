/** Table-driven tests of the scope a provision sets (src/frame/scope.ts), in sentences of our own wording. */
import { describe, expect, it } from 'vitest';
import { readScope, toScope, sameEntity } from '../src/frame/scope.js';

const cases: Array<[string, Record<string, unknown> | undefined]> = [
  ['Users in the EU may withdraw within fourteen days.', { regions: ['EU'] }],
  ['If Customer resides in a country (for example, in an EU member state) whose laws give consumers the right to sue locally, this clause does not apply.', { regions: ['EU'] }],
  ['The place of jurisdiction is Lyon if your habitual residence is in France.', { regions: ['France'] }],
  ['Any claim shall be instituted exclusively in Norway in the county of Vestland.', undefined],
  ['Any claim shall be brought exclusively in the courts located in Dublin, Ireland.', undefined],
  ['If you are accepting these terms on behalf of a United States federal government entity, the following terms apply instead.', { entity: 'government', customer: 'business' }],
  ['If the Agreement is entered into with Quillwork Europe B.V. or Quillwork Deutschland GmbH, Dutch law applies.', { entity: 'Quillwork Europe B.V. or Quillwork Deutschland GmbH' }],
  ['These terms are an agreement between you and Quillwork Inc.', undefined],
];

describe('the scope a provision sets', () => {
  for (const [text, want] of cases) {
    it(`reads "${text.slice(0, 80)}"`, () => {
      const found = readScope(text);
      if (!want) expect(found).toBeUndefined();
      else expect(toScope(found!)).toMatchObject(want);
    });
  }
});

describe('contracting entities match without their legal form', () => {
  it('matches one of the entities a clause names', () => {
    expect(sameEntity('Quillwork Deutschland GmbH', 'Quillwork Europe B.V. or Quillwork Deutschland GmbH')).toBe(true);
    expect(sameEntity('Quillwork Deutschland', 'Quillwork Europe B.V. or Quillwork Deutschland GmbH')).toBe(true);
    expect(sameEntity('Quillwork Inc.', 'Quillwork Europe B.V. or Quillwork Deutschland GmbH')).toBe(false);
  });
});
