import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/config';

const root = join(__dirname, '..', '..');

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'));

  it('gives the service an environment the service accepts', () => {
    const env = compose.services.wincompat.environment as Record<string, string>;
    const config = loadConfig(env);
    expect(config.database.url).toMatch(/@postgres:5432\//);
    expect(config.redis.url).toBe('redis://redis:6379');
    expect(compose.services.wincompat.expose).toEqual([String(config.server.port)]);
    const nginx = readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8');
    expect(nginx).toContain(`server wincompat:${config.server.port}`);
    expect(compose.services.lb.ports).toEqual([`${config.server.port}:8080`]);
  });

  it('has health checks on every service and starts the service after its dependencies are healthy', () => {
    for (const [name, service] of Object.entries<any>(compose.services)) expect([name, Boolean(service.healthcheck)]).toEqual([name, true]);
    expect(compose.services.wincompat.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
  });

  it('builds an image on the Node version the package declares', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:24/m);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node).toBe('>=20.19');
  });
});
