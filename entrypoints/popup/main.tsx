import { render } from 'preact';
import { App } from './App';
import '../../components/card.css';
import '../../components/ui.css';

document.documentElement.lang = navigator.language;
render(<App />, document.getElementById('app')!);
