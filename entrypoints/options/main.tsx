import { render } from 'preact';
import { App } from './App';
import { t } from '../../platform/i18n';
import '../../components/ui.css';
// The marks' own rules, for the sample sentence that shows the chosen style.
import '../content/highlights.css';

document.documentElement.lang = navigator.language;
document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
