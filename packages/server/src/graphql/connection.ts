import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { badInput } from './domain-error.js';

/** Relay page info (SPEC 9). */
@ObjectType({ simpleResolvers: true, description: 'Where a page of a connection ends and whether more follows.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor to pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many items to return, 1 to 100.' })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (an `endCursor` or an edge `cursor`).' })
  @IsOptional()
  after?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Makes the `<Name>Edge` and `<Name>Connection` types for a node type. */
export function connectionOf<T extends object>(nodeType: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${what} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;

    @Field(() => String, { description: 'Opaque position of this item, for `after`.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${what}s, newest first.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page ends.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${what}s match, over all pages.` })
    totalCount!: number;
  }
  return ConnectionType;
}

/**
 * Pages are keyset pages over a table's `seq` (insertion order, newest first); the cursor is that
 * position, opaque to clients.
 */
export function encodeCursor(seq: string): string {
  return Buffer.from(`seq:${seq}`).toString('base64url');
}

export function decodeCursor(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const match = /^seq:(\d{1,19})$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!match) throw badInput('The `after` cursor is not one this API returned.');
  return match[1]!;
}

/** Builds a connection from up to first + 1 rows fetched after the cursor (the extra row only tells hasNextPage). */
export function toConnection<R extends { readonly seq: string }, T>(
  rows: readonly R[],
  first: number,
  totalCount: number,
  toNode: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ node: toNode(row), cursor: encodeCursor(String(row.seq)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
