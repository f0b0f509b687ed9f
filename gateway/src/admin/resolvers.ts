import { sharedResolvers } from '@pave/schema';
import type { Identity } from '@pave/subgraph-kit';
import { badUserInput, forbidden, notFound } from '@pave/subgraph-kit';
import type { ServiceTokens } from '../auth/serviceTokens.ts';

interface AdminContext {
  identity: Identity;
}

function requireAdmin(ctx: AdminContext) {
  if (!ctx.identity.admin) throw forbidden('Only admins may manage service tokens.');
}

/** Resolvers of admin/schema.graphql: the caller, and service tokens for admins. */
export function adminResolvers(tokens: ServiceTokens) {
  return {
    ...sharedResolvers,
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
