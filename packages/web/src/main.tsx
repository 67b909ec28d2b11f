import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider } from '@lingui/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './api/apollo-client.js';
import { ApiEvents } from './api/api-events.js';
import { App } from './app.js';
import { SessionProvider } from './auth/session.js';
import { activateLocale, i18n, initialLocale } from './i18n/i18n.js';
import './styles.css';

const events = new ApiEvents();
const client = createApolloClient(events);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

function render() {
  createRoot(root!).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <ApolloProvider client={client}>
          <SessionProvider events={events}>
            <App events={events} />
          </SessionProvider>
        </ApolloProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

// The first paint is already in the reader's language; if the Chinese catalog cannot load, English it is.
activateLocale(initialLocale()).then(render, render);
