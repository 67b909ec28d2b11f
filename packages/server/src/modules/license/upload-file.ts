import type { FileUpload } from 'graphql-upload/processRequest.mjs';

/**
 * Reads an uploaded file into memory, stopping as soon as it passes `maxBytes` so that an oversized
 * file costs no more than the limit. Returns null when it is too large.
 */
export async function readUpload(upload: FileUpload, maxBytes: number): Promise<Uint8Array | null> {
  const stream = upload.createReadStream();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > maxBytes) {
        stream.destroy();
        return null;
      }
      chunks.push(buffer);
    }
  } catch (error) {
    // graphql-upload's own cap (a little above ours) ends the stream with a 413 error.
    if (typeof error === 'object' && error !== null && 'status' in error && (error as { status: unknown }).status === 413) return null;
    throw error;
  }
  return Buffer.concat(chunks);
}
