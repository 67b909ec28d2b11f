import { createContext, useContext, type ReactNode } from 'react';
import { useUploadLicensePackage } from './use-upload-license-package.js';

type Upload = ReturnType<typeof useUploadLicensePackage>;

const UploadContext = createContext<Upload | null>(null);

/**
 * Holds the upload above the platform gate: an upload on the renewal page that activates the platform
 * swaps the page for the app, and the result must still be there to read on the licenses page.
 */
export function UploadProvider({ children }: { readonly children: ReactNode }) {
  const upload = useUploadLicensePackage();
  return <UploadContext.Provider value={upload}>{children}</UploadContext.Provider>;
}

/** The shared upload, or one of the component's own when there is no provider (component tests). */
export function useUpload(): Upload {
  const shared = useContext(UploadContext);
  const own = useUploadLicensePackage();
  return shared ?? own;
}
