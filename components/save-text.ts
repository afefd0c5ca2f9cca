/** Saves text as a file through the browser's download (an object URL on a temporary link; no permission needed). */
export function saveText(name: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked after the download has taken the blob; at once would cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
