/** Upload progress from 0 to 1, or null while the total size is unknown. */
export type UploadProgressListener = (fraction: number | null) => void;

/** Extra request option an operation may pass through Apollo's `context.fetchOptions`. */
export interface ProgressFetchOptions extends RequestInit {
  onUploadProgress?: UploadProgressListener;
}

/**
 * A `fetch` for the upload link: `fetch` cannot report upload progress, so a request that asks for it
 * (an `onUploadProgress` in its options) goes through XMLHttpRequest; every other one is a plain fetch.
 */
export function progressFetch(input: RequestInfo | URL, init?: ProgressFetchOptions): Promise<Response> {
  const { onUploadProgress, ...rest } = init ?? {};
  if (!onUploadProgress) return fetch(input, rest);
  return new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(rest.method ?? 'POST', String(input instanceof Request ? input.url : input));
    xhr.withCredentials = rest.credentials === 'include';
    new Headers(rest.headers).forEach((value, name) => xhr.setRequestHeader(name, value));
    xhr.upload.onprogress = (event) => onUploadProgress(event.lengthComputable && event.total > 0 ? event.loaded / event.total : null);
    xhr.upload.onload = () => onUploadProgress(1);
    xhr.onload = () => {
      const headers = new Headers();
      for (const line of xhr
        .getAllResponseHeaders()
        .trim()
        .split(/[\r\n]+/)) {
        const at = line.indexOf(':');
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      resolve(new Response(xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers }));
    };
    // Same shape as fetch's failures, so the error mapping treats both alike.
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    rest.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(rest.body as XMLHttpRequestBodyInit | null);
  });
}
