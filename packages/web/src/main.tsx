import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './api/apollo-client.js';
import { ApiEvents } from './api/api-events.js';
import { App } from './app.js';
import { SessionProvider } from './auth/session.js';
import './styles.css';

const events = new ApiEvents();
const client = createApolloClient(events);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider events={events}>
        <App events={events} />
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
