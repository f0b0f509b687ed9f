import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ComponentOwnerDocument, ComponentsBySourceDocument } from './__generated__/graphql.ts';
import { Credentials } from './config/credentials.ts';
import { DirectoryDefaults } from './config/directoryDefaults.ts';
import { configDir } from './config/paths.ts';
import { type ResolvedComponent, resolveComponent } from './context/component.ts';
import { type ResolvedEnvironment, resolveEnvironment } from './context/environment.ts';
import { gatewayUrl } from './context/gateway.ts';
import type { PlatformClient } from './graphql/client.ts';
import { describePartial, type ExplainContext, explainError, unauthenticated } from './graphql/explain.ts';
import { GatewayErrors, type GraphQLErrorLike } from './graphql/gatewayErrors.ts';
import type { Subscriber } from './graphql/subscribe.ts';
import type { Streams } from './output/terminal.ts';
import { Terminal } from './output/terminal.ts';

export interface GlobalFlags {
  component?: string;
  env?: string;
  json: boolean;
}

const isValidationError = (error: GraphQLErrorLike) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED';

export interface Auth {
  token: string;
  source: 'PAVE_TOKEN' | 'credentials';
}

/**
 * Everything a command may need, each piece worked out on first use: the gateway, the login, the
 * GraphQL client, the component and environment of the working directory, and the terminal.
 */
export class Session {
  readonly term: Terminal;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly flags: GlobalFlags;
  readonly cliVersion: string;
  #gatewayUrl: string | undefined;
  #auth: Promise<Auth | undefined> | undefined;
  #client: Promise<PlatformClient> | undefined;
  #subscriber: Promise<Subscriber> | undefined;
  #component: Promise<ResolvedComponent> | undefined;
  #componentRef: string | undefined;

  constructor(options: {
    streams: Streams;
    env: NodeJS.ProcessEnv;
    cwd: string;
    flags: GlobalFlags;
    cliVersion: string;
  }) {
    this.env = options.env;
    this.cwd = options.cwd;
    this.flags = options.flags;
    this.cliVersion = options.cliVersion;
    this.term = new Terminal(options.streams, { json: options.flags.json, env: options.env });
  }

  get gatewayUrl(): string {
    this.#gatewayUrl ??= gatewayUrl(this.env);
    return this.#gatewayUrl;
  }

  get configDir(): string {
    return configDir(this.env);
  }

  credentials(): Credentials {
    return new Credentials(this.configDir);
  }

  directoryDefaults(): DirectoryDefaults {
    return new DirectoryDefaults(this.configDir);
  }

  /** `PAVE_TOKEN` wins (and is never written anywhere), else the login stored for this gateway. */
  auth(): Promise<Auth | undefined> {
    this.#auth ??= (async () => {
      const fromEnv = this.env.PAVE_TOKEN?.trim();
      if (fromEnv) return { token: fromEnv, source: 'PAVE_TOKEN' as const };
      const stored = await this.credentials().get(this.gatewayUrl);
      return stored ? { token: stored.token, source: 'credentials' as const } : undefined;
    })();
    return this.#auth;
  }

  /** A client for `token` (default: the session's login, required). */
  async client(token?: string): Promise<PlatformClient> {
    const make = async (bearer: string) => {
      const { createPlatformClient } = await import('./graphql/client.ts');
      return createPlatformClient({
        url: this.gatewayUrl,
        token: bearer,
        clientName: `pave-cli/${this.cliVersion}`,
      });
    };
    if (token) return make(token);
    this.#client ??= (async () => {
      const auth = await this.auth();
      if (!auth) throw unauthenticated(this.#explainContext());
      return make(auth.token);
    })();
    return this.#client;
  }

  /** Subscriptions (GraphQL over SSE) with the session's login; the SSE client loads on first use. */
  subscriber(): Promise<Subscriber> {
    this.#subscriber ??= (async () => {
      const auth = await this.auth();
      if (!auth) throw unauthenticated(this.#explainContext());
      const { createSubscriber } = await import('./graphql/subscribe.ts');
      return createSubscriber({
        url: this.gatewayUrl,
        token: auth.token,
        clientName: `pave-cli/${this.cliVersion}`,
      });
    })();
    return this.#subscriber;
  }

  /** An error from the gateway (a request's or a subscription's) in the user's words. */
  async explain(error: unknown): Promise<unknown> {
    return explainError(error, this.#explainContext((await this.auth())?.source));
  }

  /**
   * Runs a query or mutation and returns its data. Fields that failed beside it are warned about
   * on stderr (with `whole`, they fail it: the command has nothing to show without them); a
   * request that failed outright throws an error in the user's words. `about` names what a change
   * concerns (`the variables of staging`) for those words.
   */
  async request<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    options: { token?: string; about?: string; whole?: boolean } = {},
  ): Promise<R> {
    return (await this.#send(document, variables, { ...options, ifServed: false })) as R;
  }

  /**
   * As `request`, for fields of a capability this gateway may not serve: undefined when its schema
   * has no such fields (the gateway refuses the document as invalid), so the rest can be shown.
   */
  requestIfServed<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
  ): Promise<R | undefined> {
    return this.#send(document, variables, { ifServed: true });
  }

  async #send<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    options: { token?: string; about?: string; whole?: boolean; ifServed: boolean },
  ): Promise<R | undefined> {
    try {
      const { data, partialErrors } = await (await this.client(options.token)).request(document, variables);
      if (options.whole && partialErrors.length > 0) throw new GatewayErrors(partialErrors, undefined);
      for (const line of describePartial(partialErrors)) this.term.note(`warning: ${line}`);
      return data;
    } catch (error) {
      if (options.ifServed && error instanceof GatewayErrors && error.errors.every(isValidationError)) {
        return undefined;
      }
      const auth = options.token ? undefined : await this.auth();
      throw await explainError(error, { ...this.#explainContext(auth?.source), about: options.about });
    }
  }

  component(): Promise<ResolvedComponent> {
    this.#component ??= resolveComponent({
      flag: this.flags.component,
      env: this.env,
      cwd: this.cwd,
      componentsBySource: async (repositoryUrl, path) =>
        (await this.request(ComponentsBySourceDocument, { repositoryUrl, path })).componentsBySource,
      choose: (candidates, why) =>
        this.term.choose(
          `${why}; which one`,
          candidates.map((ref) => ({ label: ref, value: ref })),
          'Name it with --component/-c REF or PAVE_COMPONENT=REF.',
        ),
    }).then((resolved) => {
      this.#componentRef = resolved.ref;
      return resolved;
    });
    return this.#component;
  }

  environment(): Promise<ResolvedEnvironment | undefined> {
    return resolveEnvironment({
      flag: this.flags.env,
      env: this.env,
      cwd: this.cwd,
      defaults: this.directoryDefaults(),
    });
  }

  #explainContext(tokenSource?: Auth['source']): ExplainContext {
    return {
      gatewayUrl: this.gatewayUrl,
      tokenSource,
      componentRef: this.#componentRef,
      ownerOf: async (ref) => {
        const { entity } = await (await this.client())
          .request(ComponentOwnerDocument, { ref })
          .then((r) => r.data);
        return entity && 'owner' in entity ? (entity.owner?.ref ?? undefined) : undefined;
      },
    };
  }
}
