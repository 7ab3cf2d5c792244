import { createRoot } from 'react-dom/client';
import 'dkfds/dist/css/dkfds.min.css';
import './app.css';
import { App } from './App';
import './i18n/i18n';

createRoot(document.getElementById('root')!).render(<App />);
