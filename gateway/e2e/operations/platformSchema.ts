import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from '@pave/schema';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { parse, print } from 'graphql';
import { adminTypeDefs } from '../../src/admin/schema.ts';

/**
 * The Platform API as a client sees it, for codegen.yml: the committed supergraph's public schema
 * (no join__/link__ machinery) plus the fields the gateway adds itself (viewer, service tokens),
 * built by the same `adminTypeDefs` the gateway serves. Exported as SDL text so codegen's loader
 * never has to share a GraphQLSchema instance with this module.
 */
function platformSchemaSdl(): string {
  const publicSdl = print(transformSupergraphToPublicSchema(parse(readFileSync(SUPERGRAPH_FILE, 'utf8'))));
  return `${publicSdl}\n${adminTypeDefs(/\btype\s+Mutation\b/.test(publicSdl))}`;
}

export const schema = platformSchemaSdl();
