// Entry of library.html.
import { mountPage } from '../shared/mount';
import { LibraryApp } from './library-app';

mountPage(<LibraryApp />, 'libraryTitle');

// Ask that the library never be evicted to make room. Only window contexts may ask (the service worker cannot), and
// the library page is where a reader goes to look after their notes; unlimitedStorage is the other half.
void navigator.storage?.persist?.().catch(() => undefined);
