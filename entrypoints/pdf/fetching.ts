/**
 * The one request the extension makes of its own accord... of the reader's accord: a PDF at a URL, fetched when the
 * reader presses the button naming it. Without CORS headers from the server it needs a grant for that origin, which
 * the page asks for from a second click (optional host permission, one origin).
 */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** Fetches the PDF, telling `onProgress` the bytes received and the total when the server gives it. */
export async function fetchPdf(
  url: string,
  onProgress?: (loaded: number, total?: number) => void,
): Promise<{ data?: Uint8Array; error?: unknown }> {
  try {
    const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
    if (!response.ok) return { error: new Error(String(response.status)) };
    const total = Number(response.headers.get('content-length')) || undefined;
    if (!response.body || !onProgress) return { data: new Uint8Array(await response.arrayBuffer()) };
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    const reader = response.body.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      chunks.push(part.value);
      loaded += part.value.length;
      onProgress(loaded, total);
    }
    const data = new Uint8Array(loaded);
    let at = 0;
    for (const chunk of chunks) {
      data.set(chunk, at);
      at += chunk.length;
    }
    return { data };
  } catch (error) {
    return { error };
  }
}
