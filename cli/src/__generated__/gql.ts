/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ComponentInfo($ref: String!) {\n  entity(ref: $ref) {\n    __typename\n    ref\n    kind\n    name\n    title\n    description\n    tags\n    links {\n      url\n      title\n    }\n    ... on Component {\n      type\n      lifecycle\n      owner {\n        ref\n        name\n        title\n      }\n      system {\n        ref\n        name\n        title\n      }\n    }\n  }\n}\n\nquery ComponentOwner($ref: String!) {\n  entity(ref: $ref) {\n    ref\n    ... on Component {\n      owner {\n        ref\n        title\n      }\n    }\n  }\n}\n\nquery ComponentsBySource($repositoryUrl: String!, $path: String) {\n  componentsBySource(repositoryUrl: $repositoryUrl, path: $path) {\n    ref\n    annotations {\n      key\n      value\n    }\n  }\n}": typeof types.ComponentInfoDocument,
    "query ComponentEnvironments($ref: String!) {\n  entity(ref: $ref) {\n    ref\n    ... on Component {\n      environments(first: 50) {\n        totalCount\n        nodes {\n          id\n          name\n          type\n          url\n          currentRelease {\n            version\n            description\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ComponentEnvironmentsDocument,
    "query SearchEntities($query: String!, $filter: EntityFilter, $first: Int) {\n  search(query: $query, filter: $filter, first: $first) {\n    totalCount\n    nodes {\n      ref\n      kind\n      name\n      title\n      description\n      tags\n      owner: relations(type: \"ownedBy\") {\n        targetRef\n      }\n    }\n  }\n}": typeof types.SearchEntitiesDocument,
    "query Viewer {\n  viewer {\n    subject\n    kind\n    groups\n    admin\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "query ComponentInfo($ref: String!) {\n  entity(ref: $ref) {\n    __typename\n    ref\n    kind\n    name\n    title\n    description\n    tags\n    links {\n      url\n      title\n    }\n    ... on Component {\n      type\n      lifecycle\n      owner {\n        ref\n        name\n        title\n      }\n      system {\n        ref\n        name\n        title\n      }\n    }\n  }\n}\n\nquery ComponentOwner($ref: String!) {\n  entity(ref: $ref) {\n    ref\n    ... on Component {\n      owner {\n        ref\n        title\n      }\n    }\n  }\n}\n\nquery ComponentsBySource($repositoryUrl: String!, $path: String) {\n  componentsBySource(repositoryUrl: $repositoryUrl, path: $path) {\n    ref\n    annotations {\n      key\n      value\n    }\n  }\n}": types.ComponentInfoDocument,
    "query ComponentEnvironments($ref: String!) {\n  entity(ref: $ref) {\n    ref\n    ... on Component {\n      environments(first: 50) {\n        totalCount\n        nodes {\n          id\n          name\n          type\n          url\n          currentRelease {\n            version\n            description\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n}": types.ComponentEnvironmentsDocument,
    "query SearchEntities($query: String!, $filter: EntityFilter, $first: Int) {\n  search(query: $query, filter: $filter, first: $first) {\n    totalCount\n    nodes {\n      ref\n      kind\n      name\n      title\n      description\n      tags\n      owner: relations(type: \"ownedBy\") {\n        targetRef\n      }\n    }\n  }\n}": types.SearchEntitiesDocument,
    "query Viewer {\n  viewer {\n    subject\n    kind\n    groups\n    admin\n  }\n}": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComponentInfo($ref: String!) {\n  entity(ref: $ref) {\n    __typename\n    ref\n    kind\n    name\n    title\n    description\n    tags\n    links {\n      url\n      title\n    }\n    ... on Component {\n      type\n      lifecycle\n      owner {\n        ref\n        name\n        title\n      }\n      system {\n        ref\n        name\n        title\n      }\n    }\n  }\n}\n\nquery ComponentOwner($ref: String!) {\n  entity(ref: $ref) {\n    ref\n    ... on Component {\n      owner {\n        ref\n        title\n      }\n    }\n  }\n}\n\nquery ComponentsBySource($repositoryUrl: String!, $path: String) {\n  componentsBySource(repositoryUrl: $repositoryUrl, path: $path) {\n    ref\n    annotations {\n      key\n      value\n    }\n  }\n}"): (typeof documents)["query ComponentInfo($ref: String!) {\n  entity(ref: $ref) {\n    __typename\n    ref\n    kind\n    name\n    title\n    description\n    tags\n    links {\n      url\n      title\n    }\n    ... on Component {\n      type\n      lifecycle\n      owner {\n        ref\n        name\n        title\n      }\n      system {\n        ref\n        name\n        title\n      }\n    }\n  }\n}\n\nquery ComponentOwner($ref: String!) {\n  entity(ref: $ref) {\n    ref\n    ... on Component {\n      owner {\n        ref\n        title\n      }\n    }\n  }\n}\n\nquery ComponentsBySource($repositoryUrl: String!, $path: String) {\n  componentsBySource(repositoryUrl: $repositoryUrl, path: $path) {\n    ref\n    annotations {\n      key\n      value\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComponentEnvironments($ref: String!) {\n  entity(ref: $ref) {\n    ref\n    ... on Component {\n      environments(first: 50) {\n        totalCount\n        nodes {\n          id\n          name\n          type\n          url\n          currentRelease {\n            version\n            description\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ComponentEnvironments($ref: String!) {\n  entity(ref: $ref) {\n    ref\n    ... on Component {\n      environments(first: 50) {\n        totalCount\n        nodes {\n          id\n          name\n          type\n          url\n          currentRelease {\n            version\n            description\n            status\n            createdAt\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchEntities($query: String!, $filter: EntityFilter, $first: Int) {\n  search(query: $query, filter: $filter, first: $first) {\n    totalCount\n    nodes {\n      ref\n      kind\n      name\n      title\n      description\n      tags\n      owner: relations(type: \"ownedBy\") {\n        targetRef\n      }\n    }\n  }\n}"): (typeof documents)["query SearchEntities($query: String!, $filter: EntityFilter, $first: Int) {\n  search(query: $query, filter: $filter, first: $first) {\n    totalCount\n    nodes {\n      ref\n      kind\n      name\n      title\n      description\n      tags\n      owner: relations(type: \"ownedBy\") {\n        targetRef\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    subject\n    kind\n    groups\n    admin\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    subject\n    kind\n    groups\n    admin\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;