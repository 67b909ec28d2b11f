import { useMutation } from '@apollo/client/react';
import { graphql, type FragmentType } from '@licensing/schema/web';
import { useRef, useState } from 'react';
import { activeQueryNames } from '../api/active-queries.js';
import { apiErrorCode, packageProblems, type PackageProblem } from '../api/api-error.js';
import { errorMessage } from '../api/error-message.js';
import type { ProgressFetchOptions } from '../api/progress-fetch.js';
import type { UploadResultLicenseFragment } from './upload-result.js';

const UploadLicensePackageMutation = graphql(`
  mutation UploadLicensePackage($file: Upload!) {
    uploadLicensePackage(file: $file) {
      imported {
        id
        ...UploadResult_license
      }
      skipped {
        id
        ...UploadResult_license
      }
    }
  }
`);

type UploadedLicense = FragmentType<typeof UploadResultLicenseFragment>;

export type UploadState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'uploading'; readonly fileName: string; readonly progress: number | null }
  | { readonly phase: 'imported'; readonly fileName: string; readonly imported: readonly UploadedLicense[]; readonly skipped: readonly UploadedLicense[] }
  | { readonly phase: 'refused'; readonly fileName: string; readonly message: string; readonly problems: readonly PackageProblem[] }
  | { readonly phase: 'failed'; readonly fileName: string; readonly message: string };

/** Everything an upload can change on screen: the platform's state, the table, the header, the banners. */
const AFTER_UPLOAD = ['PlatformGate', 'LicensesPage', 'ShellHeader', 'ExpiringBanners'];

/**
 * Uploads a .lcs package as a GraphQL multipart request, reporting progress (through XMLHttpRequest,
 * see progress-fetch.ts); a refused package keeps every problem the server listed.
 */
export function useUploadLicensePackage() {
  const [mutate, { client }] = useMutation(UploadLicensePackageMutation);
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const upload = async (file: File): Promise<void> => {
    const fileName = file.name;
    setState({ phase: 'uploading', fileName, progress: 0 });
    abort.current = new AbortController();
    const fetchOptions: ProgressFetchOptions = {
      signal: abort.current.signal,
      onUploadProgress: (progress) => setState((s) => (s.phase === 'uploading' ? { ...s, progress } : s)),
    };
    try {
      const { data } = await mutate({
        variables: { file },
        context: { fetchOptions },
        refetchQueries: activeQueryNames(client, AFTER_UPLOAD),
        awaitRefetchQueries: true,
      });
      if (!data) throw new Error('no data');
      setState({ phase: 'imported', fileName, imported: data.uploadLicensePackage.imported, skipped: data.uploadLicensePackage.skipped });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        setState({ phase: 'idle' });
        return;
      }
      if (apiErrorCode(error) === 'LICENSE_PACKAGE_INVALID') {
        setState({ phase: 'refused', fileName, message: errorMessage(error), problems: packageProblems(error) });
      } else {
        setState({ phase: 'failed', fileName, message: errorMessage(error) });
      }
    } finally {
      abort.current = null;
    }
  };

  return {
    state,
    upload,
    cancel: () => abort.current?.abort(),
    reset: () => setState({ phase: 'idle' }),
  };
}
