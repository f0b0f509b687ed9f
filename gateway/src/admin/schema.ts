import type { Identity } from '@pave/subgraph-kit';
import { badUserInput, forbidden, notFound } from '@pave/subgraph-kit';
import type { ServiceTokens } from '../auth/serviceTokens.ts';

/**
 * The gateway's own part of the Platform API: who am I, and service tokens for CI and other
 * services. It is added to whatever supergraph the gateway serves.
 */
export function adminTypeDefs(supergraphHasMutation: boolean): string {
  const mutationKeyword = supergraphHasMutation ? 'extend type' : 'type';
  return /* GraphQL */ `
    """The caller, as the gateway authenticated it."""
    type Viewer {
      """\`root\`, \`service:<name>\` or a user entity ref."""
      subject: String!
      kind: String!
      groups: [String!]!
      admin: Boolean!
    }

    """A long-lived token for a service. Its secret is shown only once, when it is created."""
    type ServiceToken {
      id: ID!
      name: String!
      admin: Boolean!
      groups: [String!]!
      createdBy: String!
      createdAt: DateTime!
      lastUsedAt: DateTime
      revokedAt: DateTime
    }

    input CreateServiceTokenInput {
      """Letters, digits, dots, dashes and underscores; 1–64 characters."""
      name: String!
      admin: Boolean = false
      groups: [String!] = []
    }

    type CreateServiceTokenPayload {
      """The bearer token. Store it now: it cannot be shown again."""
      token: String!
      serviceToken: ServiceToken!
    }

    extend type Query {
      viewer: Viewer!
      """Admins only."""
      serviceTokens: [ServiceToken!]!
    }

    ${mutationKeyword} Mutation {
      """Admins only."""
      createServiceToken(input: CreateServiceTokenInput!): CreateServiceTokenPayload!
      """Admins only. Takes effect within five seconds on every gateway replica."""
      revokeServiceToken(id: ID!): ServiceToken!
    }
  `;
}

interface AdminContext {
  identity: Identity;
}

function requireAdmin(ctx: AdminContext) {
  if (!ctx.identity.admin) throw forbidden('Only admins may manage service tokens.');
}

export function adminResolvers(tokens: ServiceTokens) {
  return {
    Query: {
      viewer: (_: unknown, __: unknown, ctx: AdminContext) => ctx.identity,
      serviceTokens: (_: unknown, __: unknown, ctx: AdminContext) => {
        requireAdmin(ctx);
        return tokens.list();
      },
    },
    Mutation: {
      createServiceToken: (
        _: unknown,
        { input }: { input: { name: string; admin?: boolean; groups?: string[] } },
        ctx: AdminContext,
      ) => {
        requireAdmin(ctx);
        if (!/^[A-Za-z0-9._-]{1,64}$/.test(input.name)) {
          throw badUserInput(`"${input.name}" is not a valid token name.`, {
            field: 'input.name',
            rule: '1–64 letters, digits, dots, dashes or underscores',
          });
        }
        return tokens.create(
          { name: input.name, admin: input.admin ?? false, groups: input.groups ?? [] },
          ctx.identity.subject,
        );
      },
      revokeServiceToken: async (_: unknown, { id }: { id: string }, ctx: AdminContext) => {
        requireAdmin(ctx);
        const revoked = await tokens.revoke(id);
        if (!revoked) throw notFound(`There is no service token with id "${id}".`, { id });
        return revoked;
      },
    },
  };
}
