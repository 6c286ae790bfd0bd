import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client.js';
import { App } from './app.js';
import { pathFromLegacyHash } from './router/legacy-hash.js';
import { createAppRouter } from './router/router.js';
import './styles.css';
import './styles/verdicts.css';
import './styles/mandates.css';
import './styles/composers.css';
import './styles/inbox.css';
import './styles/record.css';
import './styles/organisation.css';
import './styles/registry.css';
import './styles/workflow.css';

// A bookmark of the old hash addresses (#/cable/…) opens its page at its path.
const legacy = pathFromLegacyHash(window.location.hash);
if (legacy) window.history.replaceState(null, '', legacy);

const router = createAppRouter();
window.addEventListener('hashchange', () => {
  const path = pathFromLegacyHash(window.location.hash);
  if (path) router.history.replace(path);
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} router={router} />
  </StrictMode>,
);
