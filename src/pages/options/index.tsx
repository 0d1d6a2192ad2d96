// Entry of options.html.
import { mountPage } from '../shared/mount';
import { OptionsApp } from './options-app';

mountPage(<OptionsApp />, 'optionsTitle');
