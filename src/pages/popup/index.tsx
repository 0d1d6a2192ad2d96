// Entry of popup.html.
import { render } from 'preact';
import { PopupApp } from './popup-app';

render(<PopupApp />, document.getElementById('app')!);
