import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from '@pave/schema';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { parse, print } from 'graphql';

/**
 * The Platform API as a client sees it, for codegen.yml: the committed supergraph's public schema
 * (no join__/link__ machinery), the gateway's own fields (viewer, service tokens) included.
 * Exported as SDL text so codegen's loader never has to share a GraphQLSchema instance with this
 * module.
 */
export const schema = print(transformSupergraphToPublicSchema(parse(readFileSync(SUPERGRAPH_FILE, 'utf8'))));
