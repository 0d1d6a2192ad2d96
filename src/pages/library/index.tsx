// Entry of library.html.
import { mountPage } from '../shared/mount';
import { LibraryApp } from './library-app';

mountPage(<LibraryApp />, 'libraryTitle');
