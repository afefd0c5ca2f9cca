/**
 * The PDF reader page (pdf.html): opens a PDF the reader picks or drops, or the one at `?url=` once the reader asks
 * for it, renders it with pdf.js and marks each page's text layer with the content script's engine, cards and
 * keyboard commands. Nothing is fetched unless the reader presses the button that says what will be fetched.
 */
import { browser } from 'wxt/browser';
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import '../../components/ui.css';
import '../content/highlights.css';
import './reader.css';
import { t, type MessageKey } from '../../platform/i18n';
import { highlightNames } from '../../platform/highlight-styles';
import { loadSettings, marksEntry } from '../../platform/settings';
import { loadUserTerms } from '../../user-terms/store';
import { fetchGlossaryFile } from '../../platform/glossary-file';
import { fetchPdf, originPattern } from './fetching';
import { ReaderMarks } from './marking';
import { Find, Outline, TermsPanel } from './panels';
import { Progress } from './progress';
import { PdfViewer } from './viewer';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function translate(): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = `${t('pdfTitle')} – ${t('extName')}`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    el.setAttribute('aria-label', t(el.dataset.i18nLabel as MessageKey));
  for (const el of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))
    el.placeholder = t(el.dataset.i18nPlaceholder as MessageKey);
}

let viewer: PdfViewer | undefined;
let marks: ReaderMarks | undefined;
const progress = new Progress($('progress'), $('progress-bar'), $('progress-text'));
const find = new Find($('find'), $('find-status'), () => viewer, progress);
const terms = new TermsPanel(
  {
    panel: $('terms'),
    summary: $('terms-summary'),
    list: $('terms-list'),
    toggle: $('toggle-terms'),
    copy: $('terms-copy'),
    save: $('terms-save'),
    status: $('terms-status'),
  },
  () => marks,
);
const outline = new Outline($('outline'), $('toggle-outline'), () => viewer);

/** What went wrong, in words for the reader (pdf.js names its exceptions). */
function describe(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'PasswordException') return t('pdfErrorPassword');
  if (name === 'InvalidPDFException' || name === 'FormatError') return t('pdfErrorInvalid');
  if (name === 'ResponseException' || name === 'FetchError' || error instanceof TypeError) return t('pdfErrorFetch');
  return t('pdfErrorInvalid');
}

function showMessage(text: string): void {
  progress.hide();
  document.body.classList.remove('loaded');
  $('message').textContent = text;
}

async function open(data: Uint8Array, name: string, password?: string): Promise<void> {
  viewer?.destroy();
  marks?.stop();
  $('pages').replaceChildren();
  $('notice').hidden = true;
  $('message').textContent = t('pdfLoading');
  progress.show(t('pdfProgressOpening'));
  let doc: pdfjs.PDFDocumentProxy;
  try {
    const task = pdfjs.getDocument({
      data: data.slice(),
      password,
      cMapUrl: new URL('/pdfjs/cmaps/', location.href).href,
      cMapPacked: true,
      standardFontDataUrl: new URL('/pdfjs/standard_fonts/', location.href).href,
      isEvalSupported: false,
      enableXfa: false,
    });
    task.onProgress = ({ loaded, total }: { loaded: number; total: number }) =>
      progress.show(t('pdfProgressOpening'), total ? loaded / total : undefined);
    doc = await task.promise;
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') {
      const again = prompt(t(password === undefined ? 'pdfPasswordPrompt' : 'pdfPasswordWrong'));
      if (again !== null) return open(data, name, again);
    }
    showMessage(describe(error));
    return;
  }
  document.title = `${name} – ${t('extName')}`;
  $('doc-title').textContent = name;
  $('message').textContent = '';
  document.body.classList.add('loaded');
  const settings = await loadSettings();
  const userTerms = await loadUserTerms();
  marks = new ReaderMarks(document, $('pages'), {
    file: await fetchGlossaryFile(),
    settings,
    userTerms,
    marks: (entry) => marksEntry(settings, entry.type, entry.status),
    highlightNames: highlightNames(settings.highlightStyle, settings.colours),
  });
  progress.show(t('pdfProgressPages'));
  let first = true;
  const firstDone = () => {
    if (first) progress.hide();
    first = false;
  };
  const view = new PdfViewer(
    doc,
    $('pages'),
    {
      onTextLayer: async (_n, layer) => {
        await marks?.markLayer(layer);
        terms.refresh();
        firstDone();
      },
      onError: (n, error) => {
        firstDone();
        console.warn(`page ${n}`, error);
        // A page pdf.js cannot draw says so, rather than staying blank.
        const slot = viewer?.slots[n - 1]?.el;
        if (slot && !slot.querySelector('.page-error')) {
          const note = document.createElement('p');
          note.className = 'page-error';
          note.textContent = t('pdfPageError');
          slot.append(note);
        }
      },
    },
    (n) => t('pdfPageLabel', String(n)),
  );
  viewer = view;
  await view.open();
  $('page-count').textContent = t('pdfPageCount', String(doc.numPages));
  ($('page') as HTMLInputElement).max = String(doc.numPages);
  $('zoom').textContent = `${Math.round(view.zoom * 100)}%`;
  find.reset();
  await outline.load(doc);
  let empty = true;
  for (let n = 1; n <= Math.min(doc.numPages, 3) && empty; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    empty = !content.items.some((i) => 'str' in i && i.str.trim());
  }
  if (empty) {
    $('terms-summary').textContent = t('pdfNoText');
    $('notice').textContent = t('pdfNoText');
    $('notice').hidden = false;
  }
}

async function openFile(file: File): Promise<void> {
  await open(new Uint8Array(await file.arrayBuffer()), file.name);
}

function wire(): void {
  $('open').addEventListener('click', () => $('file').click());
  $('file').addEventListener('change', () => {
    const file = ($('file') as HTMLInputElement).files?.[0];
    if (file) void openFile(file);
  });
  addEventListener('dragover', (e) => {
    e.preventDefault();
    document.body.classList.add('dragging');
  });
  addEventListener('dragleave', () => document.body.classList.remove('dragging'));
  addEventListener('drop', (e) => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    const file = e.dataTransfer?.files[0];
    if (file) void openFile(file);
  });
  const page = $('page') as HTMLInputElement;
  page.addEventListener('change', () => viewer?.goTo(Number(page.value)));
  $('prev-page').addEventListener('click', () => viewer && viewer.goTo(viewer.currentPage() - 1));
  $('next-page').addEventListener('click', () => viewer && viewer.goTo(viewer.currentPage() + 1));
  const zoom = (factor: number) => {
    if (!viewer) return;
    viewer.setZoom(viewer.zoom * factor);
    $('zoom').textContent = `${Math.round(viewer.zoom * 100)}%`;
  };
  $('zoom-in').addEventListener('click', () => zoom(1.2));
  $('zoom-out').addEventListener('click', () => zoom(1 / 1.2));
  addEventListener('scroll', () => {
    if (viewer && document.activeElement !== page) page.value = String(viewer.currentPage());
  });
  addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      $('find').focus();
      return;
    }
    if (typing || e.ctrlKey || e.metaKey) return;
    // The extension's own shortcuts (Alt+Shift+. and ,) reach the page when the browser leaves them to it; n and p
    // do the same here without a modifier.
    const next = e.key === 'n' || (e.altKey && e.shiftKey && (e.code === 'Period' || e.key === '>'));
    const previous = e.key === 'p' || (e.altKey && e.shiftKey && (e.code === 'Comma' || e.key === '<'));
    if (next || previous) {
      e.preventDefault();
      marks?.command(next ? 'next-term' : 'previous-term');
    }
  });
}

async function fromUrl(): Promise<void> {
  const url = new URLSearchParams(location.search).get('url');
  if (!url) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) throw new TypeError(url);
  } catch {
    showMessage(t('pdfErrorUrl'));
    return;
  }
  $('url-request').hidden = false;
  $('url-text').textContent = t('pdfFetchExplain', [parsed.href, parsed.host]);
  const allow = $('allow-url');
  const load = async () => {
    $('message').textContent = t('pdfLoading');
    progress.show(t('pdfProgressDownloading', '0'));
    const result = await fetchPdf(parsed.href, (loaded, total) =>
      progress.show(t('pdfProgressDownloading', (loaded / 1e6).toFixed(1)), total && loaded / total),
    );
    if (result.data) return open(result.data, decodeURIComponent(parsed.pathname.split('/').pop() || parsed.host));
    // Refused without a grant (no CORS headers): ask for this origin only, from the reader's own click.
    allow.hidden = false;
    showMessage(t('pdfNeedsAccess', parsed.host));
  };
  $('fetch-url').addEventListener('click', () => void load());
  allow.addEventListener('click', () => {
    void browser.permissions.request({ origins: [originPattern(parsed)] }).then((granted) => {
      if (granted) void load();
      else showMessage(t('pdfAccessRefused', parsed.host));
    });
  });
}

translate();
wire();
void fromUrl();
