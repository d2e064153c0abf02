import helmet from 'helmet';

/**
 * Security headers for the API and the explorer. The CSP allows only this origin: the explorer and
 * GraphiQL are bundled (no CDN), the layout worker may run from a blob URL, exports are drawn into
 * data/blob URLs, and Svelte's `style:` directives and GraphiQL set inline style attributes.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}
