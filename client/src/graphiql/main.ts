// GraphiQL, bundled from npm so it works offline (Apollo's default landing page loads from a CDN).
// Plain createElement instead of JSX: this one React island does not justify a JSX toolchain.
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createFetcher } from './fetcher.js';
import { EXAMPLES } from './examples.js';

// One tab per example. GraphiQL keeps the user's own tabs in localStorage and shows those instead
// once they exist; the examples stay reachable by clearing the site's storage.
createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher: createFetcher('/graphql'),
    defaultQuery: EXAMPLES[0]!.query,
    defaultTabs: EXAMPLES.map((e) => ({ query: e.query })),
    defaultEditorToolsVisibility: true,
  }),
);
