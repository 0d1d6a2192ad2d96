// Entry of popup.html.
import { mountPage } from '../shared/mount';
import { PopupApp } from './popup-app';

mountPage(<PopupApp />, 'extName');
