import { render } from 'preact';
import { Popup } from './Popup.js';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
