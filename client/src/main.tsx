// First, so a meeting link starts syncing before React and the pages are even evaluated.
import './app/startMeetingEarly.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { keepOfflineCopy } from './app/keepOfflineCopy.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
keepOfflineCopy();
