/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CreateServiceTokenInput = {
  admin?: boolean | null | undefined;
  groups?: Array<string> | null | undefined;
  /** Letters, digits, dots, dashes and underscores; 1–64 characters. */
  name: string;
};

/**
 * Every given field must match. Values are compared case-insensitively; `owner` and `system` take
 * entity refs (`team-a` means `group:default/team-a`, `storefront` means `system:default/storefront`).
 */
export type EntityFilter = {
  /** Entities with each of these annotations (with that value, or any value when `value` is left out). */
  annotation?: Array<MetadataFilter> | null | undefined;
  kind?: string | null | undefined;
  /** Entities with each of these labels (with that value, or any value when `value` is left out). */
  label?: Array<MetadataFilter> | null | undefined;
  lifecycle?: string | null | undefined;
  namespace?: string | null | undefined;
  owner?: string | null | undefined;
  system?: string | null | undefined;
  tag?: string | null | undefined;
  type?: string | null | undefined;
};

export type MetadataFilter = {
  key: string;
  value?: string | null | undefined;
};

export type ComponentsQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ComponentsQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { ref: string, name: string, title: string | null, description: string | null, tags: Array<string> }
      | { type: string | null, lifecycle: string | null, ref: string, name: string, title: string | null, description: string | null, tags: Array<string>, owner:
          | { ref: string, name: string, title: string | null }
          | { ref: string, name: string, title: string | null }
          | { ref: string, name: string, title: string | null }
          | { ref: string, name: string, title: string | null }
          | { ref: string, name: string, title: string | null }
          | { ref: string, name: string, title: string | null }
          | { ref: string, name: string, title: string | null }
          | { ref: string, name: string, title: string | null }
          | { ref: string, name: string, title: string | null }
          | { ref: string, name: string, title: string | null }
         | null }
      | { ref: string, name: string, title: string | null, description: string | null, tags: Array<string> }
      | { ref: string, name: string, title: string | null, description: string | null, tags: Array<string> }
      | { ref: string, name: string, title: string | null, description: string | null, tags: Array<string> }
      | { ref: string, name: string, title: string | null, description: string | null, tags: Array<string> }
      | { ref: string, name: string, title: string | null, description: string | null, tags: Array<string> }
      | { ref: string, name: string, title: string | null, description: string | null, tags: Array<string> }
      | { ref: string, name: string, title: string | null, description: string | null, tags: Array<string> }
      | { ref: string, name: string, title: string | null, description: string | null, tags: Array<string> }
    > } };

export type EntityQueryVariables = Exact<{
  ref: string;
}>;


export type EntityQuery = { entity:
    | { __typename: 'API', ref: string, kind: string, namespace: string, name: string, title: string | null, description: string | null, tags: Array<string>, links: Array<{ url: string, title: string | null }>, relations: Array<{ type: string, targetRef: string }> }
    | { __typename: 'Component', type: string | null, lifecycle: string | null, ref: string, kind: string, namespace: string, name: string, title: string | null, description: string | null, tags: Array<string>, owner:
        | { ref: string, title: string | null }
        | { ref: string, title: string | null }
        | { ref: string, title: string | null }
        | { ref: string, title: string | null }
        | { ref: string, title: string | null }
        | { ref: string, title: string | null }
        | { ref: string, title: string | null }
        | { ref: string, title: string | null }
        | { ref: string, title: string | null }
        | { ref: string, title: string | null }
       | null, system: { ref: string } | null, dependsOn: Array<
        | { ref: string, name: string }
        | { ref: string, name: string }
        | { ref: string, name: string }
        | { ref: string, name: string }
        | { ref: string, name: string }
        | { ref: string, name: string }
        | { ref: string, name: string }
        | { ref: string, name: string }
        | { ref: string, name: string }
        | { ref: string, name: string }
      >, links: Array<{ url: string, title: string | null }>, relations: Array<{ type: string, targetRef: string }> }
    | { __typename: 'Domain', ref: string, kind: string, namespace: string, name: string, title: string | null, description: string | null, tags: Array<string>, links: Array<{ url: string, title: string | null }>, relations: Array<{ type: string, targetRef: string }> }
    | { __typename: 'GenericEntity', ref: string, kind: string, namespace: string, name: string, title: string | null, description: string | null, tags: Array<string>, links: Array<{ url: string, title: string | null }>, relations: Array<{ type: string, targetRef: string }> }
    | { __typename: 'Group', type: string | null, ref: string, kind: string, namespace: string, name: string, title: string | null, description: string | null, tags: Array<string>, parent: { ref: string } | null, members: Array<{ ref: string, name: string }>, links: Array<{ url: string, title: string | null }>, relations: Array<{ type: string, targetRef: string }> }
    | { __typename: 'Location', ref: string, kind: string, namespace: string, name: string, title: string | null, description: string | null, tags: Array<string>, links: Array<{ url: string, title: string | null }>, relations: Array<{ type: string, targetRef: string }> }
    | { __typename: 'Resource', ref: string, kind: string, namespace: string, name: string, title: string | null, description: string | null, tags: Array<string>, links: Array<{ url: string, title: string | null }>, relations: Array<{ type: string, targetRef: string }> }
    | { __typename: 'System', ref: string, kind: string, namespace: string, name: string, title: string | null, description: string | null, tags: Array<string>, links: Array<{ url: string, title: string | null }>, relations: Array<{ type: string, targetRef: string }> }
    | { __typename: 'Template', ref: string, kind: string, namespace: string, name: string, title: string | null, description: string | null, tags: Array<string>, links: Array<{ url: string, title: string | null }>, relations: Array<{ type: string, targetRef: string }> }
    | { __typename: 'User', ref: string, kind: string, namespace: string, name: string, title: string | null, description: string | null, tags: Array<string>, links: Array<{ url: string, title: string | null }>, relations: Array<{ type: string, targetRef: string }> }
   | null };

export type CreateServiceTokenMutationVariables = Exact<{
  input: CreateServiceTokenInput;
}>;


export type CreateServiceTokenMutation = { createServiceToken: { token: string, serviceToken: { id: string, name: string, admin: boolean, groups: Array<string>, createdBy: string, createdAt: string } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { subject: string, kind: string, groups: Array<string>, admin: boolean } };


export const ComponentsDocument = {"__meta__":{"hash":"sha256:afebcc2dcd41f3d27f1e427c227136f291c042861bd8e24aa6f76fd60ac1f99d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Components"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Component"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComponentsQuery, ComponentsQueryVariables>;
export const EntityDocument = {"__meta__":{"hash":"sha256:8a2b68686baa27ed9b80cd753c56e7bafefb794a0b07735ec8833b497913e2b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Entity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"targetRef"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Component"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityQuery, EntityQueryVariables>;
export const CreateServiceTokenDocument = {"__meta__":{"hash":"sha256:7f408d7667a1a72143445d655505ce820fb524dcb8b5a0594f654b3c0291aaed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"serviceToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"admin"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateServiceTokenMutation, CreateServiceTokenMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:22900950251e37d300613584b875caf81adfa6d0fbe3b636329790b5b1c19a0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"admin"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;