import { render } from 'preact';
import { App } from './App';
import { t } from '../../lib/i18n';
import '../../components/ui.css';

document.documentElement.lang = navigator.language;
document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
