/**
 * A local stand-in for AWS Secrets Manager, following its documented JSON API (awsJson1_1: `POST /`
 * with `X-Amz-Target: secretsmanager.<Operation>`): CreateSecret, PutSecretValue, GetSecretValue,
 * ListSecretVersionIds (paginated with MaxResults/NextToken) and DeleteSecret. Errors are HTTP 400
 * with `{"__type": "...Exception", "message": ...}`: ResourceNotFoundException,
 * ResourceExistsException (a name taken, or a ClientRequestToken reused with other content),
 * InvalidRequestException (a secret scheduled for deletion), ValidationException,
 * UnrecognizedClientException (no SigV4 Authorization) and ThrottlingException on demand.
 * Staging labels: AWSCURRENT moves to each new version, the one before becomes AWSPREVIOUS.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listen } from '@pave/subgraph-kit';

interface Version {
  id: string;
  secretString: string;
  stages: string[];
  created: number;
}

interface Secret {
  arn: string;
  name: string;
  versions: Version[];
  deletionDate?: number;
}

export interface AwsSecretsDouble {
  url: string;
  secrets: Map<string, Secret>;
  requests: string[];
  /** The next `count` requests fail with ThrottlingException. */
  throttle(count: number): void;
  close(): Promise<void>;
}

const MAX_SECRET_BYTES = 65_536;
const PAGE_CAP = 20;

export async function startAwsSecretsDouble(): Promise<AwsSecretsDouble> {
  const secrets = new Map<string, Secret>();
  const requests: string[] = [];
  let throttled = 0;

  const fail = (res: ServerResponse, type: string, message: string) =>
    res
      .writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type })
      .end(JSON.stringify({ __type: type, message }));
  const ok = (res: ServerResponse, body: unknown) =>
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(body));
  const seconds = () => Date.now() / 1000;

  function find(res: ServerResponse, id: unknown): Secret | undefined {
    const secret = [...secrets.values()].find((s) => s.name === id || s.arn === id);
    if (!secret) fail(res, 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
    else if (secret.deletionDate !== undefined) {
      fail(
        res,
        'InvalidRequestException',
        "You can't perform this operation on the secret because it was marked for deletion.",
      );
      return undefined;
    }
    return secret;
  }

  function addVersion(secret: Secret, id: string, secretString: string, stages: string[]): Version {
    for (const stage of stages) {
      for (const other of secret.versions) {
        if (stage === 'AWSCURRENT' && other.stages.includes('AWSCURRENT')) {
          for (const previous of secret.versions)
            previous.stages = previous.stages.filter((s) => s !== 'AWSPREVIOUS');
          other.stages.push('AWSPREVIOUS');
        }
        other.stages = other.stages.filter((s) => s !== stage);
      }
    }
    const version = { id, secretString, stages, created: seconds() };
    secret.versions.push(version);
    // Secrets Manager removes the oldest versions without staging labels beyond 100.
    while (secret.versions.length > 100) {
      const oldest = secret.versions.findIndex((v) => v.stages.length === 0);
      if (oldest === -1) break;
      secret.versions.splice(oldest, 1);
    }
    return version;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const operation = String(req.headers['x-amz-target'] ?? '').replace('secretsmanager.', '');
    requests.push(operation);
    const body = await readJson(req);
    if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 Credential=')) {
      return fail(
        res,
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
      );
    }
    if (throttled > 0) {
      throttled--;
      return fail(res, 'ThrottlingException', 'Rate exceeded');
    }
    const token = body.ClientRequestToken === undefined ? randomUUID() : String(body.ClientRequestToken);
    if (token.length < 32 || token.length > 64) {
      return fail(res, 'ValidationException', 'ClientRequestToken must be between 32 and 64 characters.');
    }
    if (typeof body.SecretString === 'string' && Buffer.byteLength(body.SecretString) > MAX_SECRET_BYTES) {
      return fail(res, 'ValidationException', 'SecretString must be at most 65536 bytes.');
    }

    if (operation === 'CreateSecret') {
      const name = String(body.Name ?? '');
      if (!/^[A-Za-z0-9/_+=.@-]{1,512}$/.test(name)) return fail(res, 'ValidationException', 'Invalid name.');
      const existing = secrets.get(name);
      if (existing?.deletionDate !== undefined) {
        return fail(
          res,
          'InvalidRequestException',
          "You can't create this secret because a secret with this name is already scheduled for deletion.",
        );
      }
      if (existing)
        return fail(
          res,
          'ResourceExistsException',
          `The operation failed because the secret ${name} already exists.`,
        );
      const secret: Secret = {
        arn: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`,
        name,
        versions: [],
      };
      secrets.set(name, secret);
      const version = addVersion(secret, token, String(body.SecretString ?? ''), ['AWSCURRENT']);
      return ok(res, { ARN: secret.arn, Name: name, VersionId: version.id });
    }
    if (operation === 'PutSecretValue') {
      const secret = find(res, body.SecretId);
      if (!secret) return;
      const same = secret.versions.find((v) => v.id === token);
      if (same && same.secretString !== body.SecretString) {
        return fail(
          res,
          'ResourceExistsException',
          "You can't modify an existing version, you can only create a new version.",
        );
      }
      const stages = Array.isArray(body.VersionStages) ? body.VersionStages.map(String) : ['AWSCURRENT'];
      const version = same ?? addVersion(secret, token, String(body.SecretString ?? ''), stages);
      return ok(res, {
        ARN: secret.arn,
        Name: secret.name,
        VersionId: version.id,
        VersionStages: version.stages,
      });
    }
    if (operation === 'GetSecretValue') {
      const secret = find(res, body.SecretId);
      if (!secret) return;
      const version =
        body.VersionId !== undefined
          ? secret.versions.find((v) => v.id === body.VersionId)
          : secret.versions.find((v) => v.stages.includes(String(body.VersionStage ?? 'AWSCURRENT')));
      if (!version) {
        return fail(
          res,
          'ResourceNotFoundException',
          "Secrets Manager can't find the specified secret value for VersionId or VersionStage.",
        );
      }
      return ok(res, {
        ARN: secret.arn,
        Name: secret.name,
        VersionId: version.id,
        SecretString: version.secretString,
        VersionStages: version.stages,
        CreatedDate: version.created,
      });
    }
    if (operation === 'ListSecretVersionIds') {
      const secret = find(res, body.SecretId);
      if (!secret) return;
      // Documented: a page may hold fewer results than MaxResults while NextToken says more follow.
      const max = Math.min(Number(body.MaxResults ?? 100), 100, PAGE_CAP);
      const start =
        body.NextToken === undefined ? 0 : Number(Buffer.from(String(body.NextToken), 'base64').toString());
      if (!Number.isInteger(start))
        return fail(res, 'InvalidNextTokenException', 'The NextToken value is invalid.');
      const visible = secret.versions.filter((v) => body.IncludeDeprecated === true || v.stages.length > 0);
      const page = visible.slice(start, start + max);
      const next =
        start + max < visible.length ? Buffer.from(String(start + max)).toString('base64') : undefined;
      return ok(res, {
        ARN: secret.arn,
        Name: secret.name,
        Versions: page.map((v) => ({ VersionId: v.id, VersionStages: v.stages, CreatedDate: v.created })),
        ...(next ? { NextToken: next } : {}),
      });
    }
    if (operation === 'DeleteSecret') {
      const secret = find(res, body.SecretId);
      if (!secret) return;
      if (body.ForceDeleteWithoutRecovery === true) secrets.delete(secret.name);
      else secret.deletionDate = seconds() + Number(body.RecoveryWindowInDays ?? 30) * 86_400;
      return ok(res, { ARN: secret.arn, Name: secret.name, DeletionDate: secret.deletionDate ?? seconds() });
    }
    if (operation === 'RestoreSecret') {
      const secret = [...secrets.values()].find((s) => s.name === body.SecretId || s.arn === body.SecretId);
      if (!secret)
        return fail(res, 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
      secret.deletionDate = undefined;
      return ok(res, { ARN: secret.arn, Name: secret.name });
    }
    return fail(res, 'UnknownOperationException', `Unknown operation ${operation}`);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => fail(res, 'InternalServiceError', 'internal error'));
  });
  const url = await listen(server, '127.0.0.1', 0);
  return {
    url,
    secrets,
    requests,
    throttle: (count) => {
      throttled = count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    return {};
  }
}
