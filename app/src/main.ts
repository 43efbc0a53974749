// First: zod's configuration, before any schema is made (see jitless.ts).
import { zodConfig } from './jitless.js';
import './styles.css';
import { startApp } from './ui/page.js';

if (!zodConfig.jitless) throw new Error('form8379 app: zod must run without eval');
startApp(document.body);
