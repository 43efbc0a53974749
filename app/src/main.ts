import { z } from 'zod';
import './styles.css';
import { startApp } from './ui/app.js';

// zod 4 probes once whether it may compile its parsers with \`new Function\`: the page's policy
// forbids eval, so the probe would be refused and reported. Parsing without it is as exact.
z.config({ jitless: true });

startApp(document.body);
