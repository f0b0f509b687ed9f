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
    "query Components($filter: EntityFilter, $first: Int, $after: String) {\n  entities(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ref\n      name\n      title\n      description\n      tags\n      ... on Component {\n        type\n        lifecycle\n        owner {\n          ref\n          name\n          title\n        }\n      }\n    }\n  }\n}": typeof types.ComponentsDocument,
    "query Entity($ref: String!) {\n  entity(ref: $ref) {\n    __typename\n    ref\n    kind\n    namespace\n    name\n    title\n    description\n    tags\n    links {\n      url\n      title\n    }\n    relations {\n      type\n      targetRef\n    }\n    ... on Component {\n      type\n      lifecycle\n      owner {\n        ref\n        title\n      }\n      system {\n        ref\n      }\n      dependsOn {\n        ref\n        name\n      }\n    }\n    ... on Group {\n      type\n      parent {\n        ref\n      }\n      members {\n        ref\n        name\n      }\n    }\n  }\n}": typeof types.EntityDocument,
    "mutation CreateServiceToken($input: CreateServiceTokenInput!) {\n  createServiceToken(input: $input) {\n    token\n    serviceToken {\n      id\n      name\n      admin\n      groups\n      createdBy\n      createdAt\n    }\n  }\n}": typeof types.CreateServiceTokenDocument,
    "query Viewer {\n  viewer {\n    subject\n    kind\n    groups\n    admin\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "query Components($filter: EntityFilter, $first: Int, $after: String) {\n  entities(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ref\n      name\n      title\n      description\n      tags\n      ... on Component {\n        type\n        lifecycle\n        owner {\n          ref\n          name\n          title\n        }\n      }\n    }\n  }\n}": types.ComponentsDocument,
    "query Entity($ref: String!) {\n  entity(ref: $ref) {\n    __typename\n    ref\n    kind\n    namespace\n    name\n    title\n    description\n    tags\n    links {\n      url\n      title\n    }\n    relations {\n      type\n      targetRef\n    }\n    ... on Component {\n      type\n      lifecycle\n      owner {\n        ref\n        title\n      }\n      system {\n        ref\n      }\n      dependsOn {\n        ref\n        name\n      }\n    }\n    ... on Group {\n      type\n      parent {\n        ref\n      }\n      members {\n        ref\n        name\n      }\n    }\n  }\n}": types.EntityDocument,
    "mutation CreateServiceToken($input: CreateServiceTokenInput!) {\n  createServiceToken(input: $input) {\n    token\n    serviceToken {\n      id\n      name\n      admin\n      groups\n      createdBy\n      createdAt\n    }\n  }\n}": types.CreateServiceTokenDocument,
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
export function graphql(source: "query Components($filter: EntityFilter, $first: Int, $after: String) {\n  entities(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ref\n      name\n      title\n      description\n      tags\n      ... on Component {\n        type\n        lifecycle\n        owner {\n          ref\n          name\n          title\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Components($filter: EntityFilter, $first: Int, $after: String) {\n  entities(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ref\n      name\n      title\n      description\n      tags\n      ... on Component {\n        type\n        lifecycle\n        owner {\n          ref\n          name\n          title\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Entity($ref: String!) {\n  entity(ref: $ref) {\n    __typename\n    ref\n    kind\n    namespace\n    name\n    title\n    description\n    tags\n    links {\n      url\n      title\n    }\n    relations {\n      type\n      targetRef\n    }\n    ... on Component {\n      type\n      lifecycle\n      owner {\n        ref\n        title\n      }\n      system {\n        ref\n      }\n      dependsOn {\n        ref\n        name\n      }\n    }\n    ... on Group {\n      type\n      parent {\n        ref\n      }\n      members {\n        ref\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query Entity($ref: String!) {\n  entity(ref: $ref) {\n    __typename\n    ref\n    kind\n    namespace\n    name\n    title\n    description\n    tags\n    links {\n      url\n      title\n    }\n    relations {\n      type\n      targetRef\n    }\n    ... on Component {\n      type\n      lifecycle\n      owner {\n        ref\n        title\n      }\n      system {\n        ref\n      }\n      dependsOn {\n        ref\n        name\n      }\n    }\n    ... on Group {\n      type\n      parent {\n        ref\n      }\n      members {\n        ref\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateServiceToken($input: CreateServiceTokenInput!) {\n  createServiceToken(input: $input) {\n    token\n    serviceToken {\n      id\n      name\n      admin\n      groups\n      createdBy\n      createdAt\n    }\n  }\n}"): (typeof documents)["mutation CreateServiceToken($input: CreateServiceTokenInput!) {\n  createServiceToken(input: $input) {\n    token\n    serviceToken {\n      id\n      name\n      admin\n      groups\n      createdBy\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    subject\n    kind\n    groups\n    admin\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    subject\n    kind\n    groups\n    admin\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;