import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError } from '../../../src/export/json-syntax';

describe('describeJsonSyntaxError', () => {
  it.each([
    ['{\n  "a": 1,\n}', 'line 3, column 1: expected another property after ",", found "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 'line 3, column 3: expected "," or "}", found "\\""'],
    ['[1, 2', 'line 1, column 6: expected "," or "]", found the end of the file'],
    ['{"a": "line\nbreak"}', 'line 1, column 12: expected no control character (such as a line break) inside a string, found "\\n"'],
    ["{'a': 1}", 'line 1, column 2: expected a property name in double quotes, found "\'"'],
    ['this is not json', 'line 1, column 1: expected a value (an object, list, string, number, true, false or null), found "t"'],
    ['{"a": "\\x"}', 'line 1, column 9: expected an escape such as \\n or \\", found "x"'],
    ['{} {}', 'line 1, column 4: expected the end of the file, found "{"'],
    ['{"a": "unterminated', 'line 1, column 20: expected the closing quote of a string, found the end of the file'],
  ])('places the error in %j', (text, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(describeJsonSyntaxError(text)).toBe(message);
  });

  it('finds nothing wrong where JSON.parse finds nothing wrong', () => {
    fc.assert(fc.property(fc.json(), (text) => describeJsonSyntaxError(text) === null));
  });

  it('finds a problem wherever JSON.parse does', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '\n', 'x'), (json, at, insert) => {
        const cut = at % (json.length + 1);
        const text = json.slice(0, cut) + insert + json.slice(cut);
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        return (describeJsonSyntaxError(text) === null) === parses;
      }),
    );
  });
});
