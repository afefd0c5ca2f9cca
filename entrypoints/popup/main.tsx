import { render } from 'preact';
import { App } from './App';
import { loadEntries } from '../../glossary/bundled';
import '../../components/card.css';
import '../../components/ui.css';

document.documentElement.lang = navigator.language;
// The entries are read before the first render, so that the search's index is built once, over the whole glossary,
// as when they were part of the script (and a term typed at once finds them). If the file cannot be read the popup
// still opens, with the user's own terms.
void loadEntries()
  .catch((error: unknown) => console.error(error))
  .then(() => render(<App />, document.getElementById('app')!));
