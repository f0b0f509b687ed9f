import { type Exchange, mapExchange } from '@urql/core';

/**
 * Sends each operation by the hash codegen gave its document (the `sha256:<hex>` key of the
 * persisted-documents manifest) instead of its text, for a gateway that runs only persisted
 * documents. urql's fetch exchange leaves the query text out when `persistedQuery` is set.
 */
export const persistedDocumentsExchange: Exchange = mapExchange({
  onOperation(operation) {
    const hash = (operation.query as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (!hash) return operation;
    return {
      ...operation,
      extensions: { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } },
    };
  },
});
