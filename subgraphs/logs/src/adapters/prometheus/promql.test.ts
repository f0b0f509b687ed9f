import { describe, expect, it } from 'vitest';
import { scopePromql } from './promql.ts';

const M = 'env="dev"';

describe('scopePromql', () => {
  it('adds the matchers to every vector selector', () => {
    expect(scopePromql('up', M)).toBe('up{env="dev"}');
    expect(scopePromql('up{job="api"}', M)).toBe('up{env="dev",job="api"}');
    expect(scopePromql('up{}', M)).toBe('up{env="dev"}');
    expect(scopePromql('{__name__=~"http_.*"}', M)).toBe('{env="dev",__name__=~"http_.*"}');
    expect(scopePromql('rate(http_requests_total[5m]) / on (pod) group_left(node) kube_pod_info', M)).toBe(
      'rate(http_requests_total{env="dev"}[5m]) / on (pod) group_left(node) kube_pod_info{env="dev"}',
    );
  });

  it('leaves functions, aggregations, grouping labels, keywords and strings alone', () => {
    expect(scopePromql('sum by (job) (rate(x[1m])) > bool 0', M)).toBe(
      'sum by (job) (rate(x{env="dev"}[1m])) > bool 0',
    );
    expect(scopePromql('sum(rate(x[5m])) without (instance)', M)).toBe(
      'sum(rate(x{env="dev"}[5m])) without (instance)',
    );
    expect(scopePromql('label_replace(up, "a", "$1", "job", "(.*)") and on() vector(1)', M)).toBe(
      'label_replace(up{env="dev"}, "a", "$1", "job", "(.*)") and on() vector(1)',
    );
    expect(scopePromql('x offset 5m @ start()', M)).toBe('x{env="dev"} offset 5m @ start()');
    expect(scopePromql('max_over_time(x[10m:1m]) + NaN', M)).toBe(
      'max_over_time(x{env="dev"}[10m:1m]) + NaN',
    );
    expect(scopePromql('x{a="{b}"}', M)).toBe('x{env="dev",a="{b}"}');
  });

  it('cannot be escaped with a matcher of its own', () => {
    expect(scopePromql('up{env="prod"} or up{env!="dev"}', M)).toBe(
      'up{env="dev",env="prod"} or up{env="dev",env!="dev"}',
    );
  });

  it('refuses what it cannot read', () => {
    expect(() => scopePromql('up{job="x"', M)).toThrow('unbalanced');
    expect(() => scopePromql('sum(up', M)).toThrow('unbalanced');
    expect(() => scopePromql('up{job="x}', M)).toThrow('unterminated');
  });
});
