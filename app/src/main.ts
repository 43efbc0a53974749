import './styles.css';
import { startApp } from './ui/app.js';

startApp(document.body);
