/**
 * Where a JSON text stops being JSON: the offset of the first character a parser cannot accept (the
 * text's length when it ends too early). V8's JSON.parse names a position for some errors but not for
 * others ("Unexpected token 'x', ... is not valid JSON"), and a coordinator fixing a 3,000-line catalog
 * needs the line. Returns -1 for valid JSON.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail();
    i++;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const string = () => {
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        const escaped = text.charAt(i);
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (escaped === '' || !'"\\/bfnrt'.includes(escaped)) fail();
      }
      i++;
    }
    i++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += match?.[0].length ?? 0;
  };
  const members = (close: string, member: () => void) => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[i] !== ',') break;
      i++;
    }
    expect(close);
  };
  const property = () => {
    space();
    string();
    space();
    expect(':');
    value();
  };
  const value = (): void => {
    space();
    const ch = text.charAt(i);
    if (ch === '{') members('}', property);
    else if (ch === '[') members(']', value);
    else if (ch === '"') string();
    else if (ch === 't' || ch === 'f' || ch === 'n') {
      for (const letter of ch === 't' ? 'true' : ch === 'f' ? 'false' : 'null') expect(letter);
    } else if (ch === '-' || (ch >= '0' && ch <= '9' && ch !== '')) number();
    else fail();
  };
  try {
    value();
    space();
    return i < text.length ? i : -1;
  } catch (offset) {
    return Math.min(offset as number, text.length);
  }
}
