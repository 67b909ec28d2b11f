import { Kind, visit, type DocumentNode } from 'graphql';

/**
 * Control characters no text field of this product carries: C0 except tab, line feed and carriage
 * return (flows and messages are multi-line), DEL, and C1. NUL is the one PostgreSQL refuses outright
 * (`invalid byte sequence`); the others only make logs, CSV cells and names lie about what they hold.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's whole purpose
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- as above, global, for stripping
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export const MAX_FILE_NAME_LENGTH = 255;

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

/** True when any string inside a JSON-like value (variables, a body) holds a control character. */
export function valueHasControlCharacter(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return hasControlCharacter(value);
  // Parsed JSON is a tree; the bound only guards against a hand-made cycle.
  if (depth > 64 || typeof value !== 'object' || value === null) return false;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => valueHasControlCharacter(child, depth + 1));
}

/**
 * The one input check of every GraphQL operation, HTTP and WebSocket alike: true when a string literal
 * in the document or a string anywhere in the variables holds a control character. Checking the
 * operation once, before execution, covers every string argument of every resolver (present and
 * future) without wrapping each field.
 */
export function operationHasControlCharacter(document: DocumentNode, variables: unknown): boolean {
  return documentHasControlCharacter(document) || valueHasControlCharacter(variables);
}

// Apollo hands the same parsed DocumentNode to every request of one query text, so a document is walked once.
const documentVerdicts = new WeakMap<DocumentNode, boolean>();

function documentHasControlCharacter(document: DocumentNode): boolean {
  let found = documentVerdicts.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      [Kind.STRING]: (node) => {
        if (hasControlCharacter(node.value)) found = true;
      },
    });
    documentVerdicts.set(document, found);
  }
  return found;
}

/** An uploaded file's name as we keep and show it: no control characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  const cleaned = [...name.replace(CONTROL_CHARACTERS, '').trim()].slice(0, MAX_FILE_NAME_LENGTH).join('');
  return cleaned === '' ? 'unnamed file' : cleaned;
}
