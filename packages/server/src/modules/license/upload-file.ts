import type { FileUpload } from 'graphql-upload/processRequest.mjs';

const isTooLarge = (error: unknown): boolean => typeof error === 'object' && error !== null && 'status' in error && error.status === 413;

/**
 * Receives an uploaded file into memory, stopping as soon as it passes `maxBytes` so that an oversized
 * file costs no more than the limit. `bytes` is null when it is too large — whether we notice first or
 * graphql-upload's own cap (one byte above ours) ends the stream with a 413.
 */
export async function receiveUpload(file: Promise<FileUpload>, maxBytes: number): Promise<{ filename: string; bytes: Uint8Array | null }> {
  let filename = 'unnamed file';
  try {
    const upload = await file;
    filename = upload.filename;
    const stream = upload.createReadStream();
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > maxBytes) {
        stream.destroy();
        return { filename, bytes: null };
      }
      chunks.push(buffer);
    }
    return { filename, bytes: Buffer.concat(chunks) };
  } catch (error) {
    if (isTooLarge(error)) return { filename, bytes: null };
    throw error;
  }
}
