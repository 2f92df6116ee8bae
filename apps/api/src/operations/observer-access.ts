import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#core';
import { TokenService } from '../auth/token.service.js';
import { hasMetricsToken } from '../http/edge-security.js';

/**
 * Who may see the internals of /health and /metrics: the holder of METRICS_TOKEN (a scraper, a
 * monitor) or, for the health details, a signed-in ADMIN.
 */
@Injectable()
export class ObserverAccess {
  constructor(
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get metricsExposed(): boolean {
    return this.config.edge.exposeMetrics;
  }

  /** Metrics need the token when one is configured; otherwise they are open (if exposed). */
  mayScrape(authorization: string | undefined): boolean {
    return !this.config.edge.metricsToken || hasMetricsToken(this.config, authorization);
  }

  async maySeeHealthDetails(authorization: string | undefined): Promise<boolean> {
    if (hasMetricsToken(this.config, authorization)) return true;
    const [scheme, token] = (authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return false;
    try {
      return (await this.tokens.verify(token)).roles.includes('ADMIN');
    } catch {
      // A bad token on a public route is just an anonymous caller.
      return false;
    }
  }
}
