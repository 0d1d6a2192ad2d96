// Where a file stops being JSON, as a line and column a reader can go to. JSON.parse's own messages differ between
// engines and often give no place at all, so when it fails this small scanner walks the grammar to find the spot.

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

class JsonSyntaxProblem {
  constructor(readonly offset: number, readonly expected: string) {}
}

/** "line 3, column 14: expected "," or "}", found "]"", or null when the text is JSON after all. */
export function describeJsonSyntaxError(text: string): string | null {
  try {
    scanDocument(text);
    return null;
  } catch (problem) {
    if (problem instanceof RangeError) return 'the JSON is nested too deeply to read';
    if (!(problem instanceof JsonSyntaxProblem)) throw problem;
    const before = text.slice(0, problem.offset);
    const line = before.split('\n').length;
    const column = problem.offset - before.lastIndexOf('\n');
    const found = problem.offset >= text.length ? 'the end of the file' : JSON.stringify(text.slice(problem.offset, problem.offset + 1));
    return `line ${line}, column ${column}: expected ${problem.expected}, found ${found}`;
  }
}

function scanDocument(text: string): void {
  let i = 0;
  const fail = (expected: string): never => {
    throw new JsonSyntaxProblem(i, expected);
  };
  const skipWhitespace = () => {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++;
  };
  const scanString = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail('the closing quote of a string');
      const char = text[i] ?? '';
      if (char === '"') return void i++;
      if (char < ' ') fail('no control character (such as a line break) inside a string');
      if (char === '\\') {
        i++;
        if (!ESCAPES.has(text[i] ?? '')) fail('an escape such as \\n or \\"');
        if (text[i] === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits after \\u');
        if (text[i] === 'u') i += 4;
      }
      i++;
    }
  };
  const scanValue = (): void => {
    skipWhitespace();
    const char = text[i];
    if (char === '{') return scanContainer('}', true);
    if (char === '[') return scanContainer(']', false);
    if (char === '"') return scanString();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal) return void (i += literal.length);
    fail('a value (an object, list, string, number, true, false or null)');
  };
  const scanContainer = (close: string, isObject: boolean): void => {
    i++;
    skipWhitespace();
    if (text[i] === close) return void i++;
    for (;;) {
      if (isObject) {
        skipWhitespace();
        if (text[i] !== '"') fail('a property name in double quotes');
        scanString();
        skipWhitespace();
        if (text[i] !== ':') fail('":"');
        i++;
      }
      scanValue();
      skipWhitespace();
      if (text[i] === ',') {
        i++;
        skipWhitespace();
        if (text[i] === close) fail(isObject ? 'another property after ","' : 'another value after ","');
        continue;
      }
      if (text[i] === close) return void i++;
      fail(`"," or "${close}"`);
    }
  };
  scanValue();
  skipWhitespace();
  if (i < text.length) fail('the end of the file');
}
