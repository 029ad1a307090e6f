/**
 * Task pane entry. Renders the shell at once (no waiting for Office), so the same page works
 * inside Excel (shared runtime with the custom functions) and as a plain browser preview page.
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';

function start(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(<App />);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
