// Backstage sends the browser only the config values a plugin marks `@visibility frontend`: this
// schema (package.json "configSchema") is what makes `pave.*` reach the plugin in a real app.
export interface Config {
  pave?: {
    /**
     * The Pave gateway: its base URL (https://pave.example.com) or its /graphql endpoint.
     * @visibility frontend
     */
    gatewayUrl: string;
    /**
     * Send documents by their persisted-documents hash only, for a gateway that accepts nothing else.
     * @visibility frontend
     */
    persistedDocuments?: boolean;
  };
}
