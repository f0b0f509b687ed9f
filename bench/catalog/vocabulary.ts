/** What generated entities are made of, and a seeded random source to pick from it. */

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>): T => {
    let r = next();
    for (const [item, weight] of items) {
      r -= weight;
      if (r < 0) return item;
    }
    return (items.at(-1) as readonly [T, number])[0];
  };
  const some = <T>(items: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: int(max + 1) }, () => pick(items))),
  ];
  return { next, int, pick, weighted, some };
}

/** Words for names, descriptions and search: 480 of them, so one word matches about 1% of entities. */
const SYLLABLES = [
  'pay',
  'ord',
  'ship',
  'bill',
  'cat',
  'inv',
  'auth',
  'user',
  'feed',
  'rank',
  'geo',
  'mail',
  'chat',
  'media',
  'price',
  'cart',
  'tax',
  'risk',
  'fraud',
  'ads',
  'loyal',
  'stock',
  'route',
  'fleet',
];
const SUFFIXES = [
  'ments',
  'ers',
  'ping',
  'ing',
  'alog',
  'entory',
  'ora',
  'ix',
  'ly',
  'io',
  'ware',
  'net',
  'hub',
  'flow',
  'desk',
  'kit',
  'base',
  'grid',
  'lane',
  'stack',
];
export const WORDS = SYLLABLES.flatMap((s) => SUFFIXES.map((x) => s + x));
export const TAGS = [
  'java',
  'kotlin',
  'go',
  'python',
  'node',
  'typescript',
  'rust',
  'scala',
  'ruby',
  'php',
  'grpc',
  'rest',
  'graphql',
  'kafka',
  'postgres',
  'mysql',
  'redis',
  'k8s',
  'lambda',
  'react',
  'vue',
  'android',
  'ios',
  'pci',
  'gdpr',
  'tier-1',
  'tier-2',
  'tier-3',
  'batch',
  'streaming',
  'ml',
  'internal',
  'public',
  'legacy',
  'beta',
  'critical',
  'edge',
  'search',
  'data',
  'frontend',
];
export const COMPONENT_TYPES = [
  ['service', 0.6],
  ['website', 0.2],
  ['library', 0.15],
  ['tool', 0.05],
] as const;
export const LIFECYCLES = [
  ['production', 0.7],
  ['experimental', 0.2],
  ['deprecated', 0.1],
] as const;
export const API_TYPES = [
  ['openapi', 0.6],
  ['grpc', 0.2],
  ['asyncapi', 0.1],
  ['graphql', 0.1],
] as const;
export const RESOURCE_TYPES = ['database', 's3-bucket', 'queue', 'cache', 'topic', 'cluster'];
