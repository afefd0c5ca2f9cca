/**
 * The one request the extension makes of its own accord... of the reader's accord: a PDF at a URL, fetched when the
 * reader presses the button naming it. Without CORS headers from the server it needs a grant for that origin, which
 * the page asks for from a second click (optional host permission, one origin).
 */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

export async function fetchPdf(url: string): Promise<{ data?: Uint8Array; error?: unknown }> {
  try {
    const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
    if (!response.ok) return { error: new Error(String(response.status)) };
    return { data: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    return { error };
  }
}
