// GraphiQL, bundled from npm so it works offline (Apollo's default landing page loads from a CDN).
// Plain createElement instead of JSX: this one React island does not justify a JSX toolchain.
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createFetcher } from './fetcher.js';
import { EXAMPLE_QUERY } from './examples.js';

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, { fetcher: createFetcher('/graphql'), defaultQuery: EXAMPLE_QUERY, defaultEditorToolsVisibility: true }),
);
