import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cleanFileName, hasControlCharacter, operationHasControlCharacter, valueHasControlCharacter } from './input-hygiene.js';

describe('input hygiene', () => {
  it('refuses NUL and other control characters, keeps tab, newlines and ordinary text', () => {
    expect(hasControlCharacter('a\u0000b')).toBe(true);
    expect(hasControlCharacter('\u0007')).toBe(true);
    expect(hasControlCharacter('\u007F')).toBe(true);
    expect(hasControlCharacter('\u009F')).toBe(true);
    expect(hasControlCharacter('line one\nline two\r\n\tindented')).toBe(false);
    expect(hasControlCharacter('平台许可证 ünïcödé 🙂')).toBe(false);
    expect(hasControlCharacter('\u00A0')).toBe(false);
  });

  it('finds control characters anywhere in variables', () => {
    expect(valueHasControlCharacter({ flow: { rules: [{ match: 'hi', reply: 'x\u0000' }] } })).toBe(true);
    expect(valueHasControlCharacter({ flow: { rules: [{ match: 'hi', reply: 'x' }] }, n: 3, b: null })).toBe(false);
  });

  it('finds control characters in the literals of a document', () => {
    expect(operationHasControlCharacter(parse('{ license(id: "a\\u0000b") { id } }'), {})).toBe(true);
    expect(operationHasControlCharacter(parse('{ a: agents(first: 1) { totalCount } }'), { x: 'ok' })).toBe(false);
    expect(operationHasControlCharacter(parse('query($id: String = "\\u0001") { license(id: $id) { id } }'), undefined)).toBe(true);
  });

  it("walks a document once but checks every request's variables", () => {
    const clean = parse('query($name: String!) { agents(search: $name, first: 1) { totalCount } }');
    expect(operationHasControlCharacter(clean, { name: 'ok' })).toBe(false);
    expect(operationHasControlCharacter(clean, { name: 'a\u0000b' })).toBe(true);
    const dirty = parse('{ license(id: "a\\u0000b") { id } }');
    expect(operationHasControlCharacter(dirty, {})).toBe(true);
    expect(operationHasControlCharacter(dirty, {})).toBe(true);
  });

  it('caps file names at 255 characters and strips control characters', () => {
    expect(cleanFileName('ac\u0000me\u001B.lcs')).toBe('acme.lcs');
    expect(cleanFileName('x'.repeat(1000))).toHaveLength(255);
    expect(cleanFileName('\u0000\u0001')).toBe('unnamed file');
    expect([...cleanFileName('许'.repeat(300))]).toHaveLength(255);
  });
});
