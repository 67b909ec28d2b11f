import { useMutation } from '@apollo/client/react';
import { graphql, type FragmentType } from '@licensing/schema/web';
import { useRef, useState } from 'react';
import { refetchAfter, type RootField } from '../api/stale-fields.js';
import { apiErrorCode, packageProblems, type PackageProblem } from '../api/api-error.js';
import type { ProgressFetchOptions } from '../api/progress-fetch.js';
import { useApiAction } from '../api/use-api-action.js';
import type { PackagePreviewFragment } from './package-preview.js';
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

const PreviewLicensePackageMutation = graphql(`
  mutation PreviewLicensePackage($file: Upload!) {
    previewLicensePackage(file: $file) {
      valid
      problems {
        index
        certificateId
        code
        message
      }
      ...PackagePreview_preview
    }
  }
`);

type UploadedLicense = FragmentType<typeof UploadResultLicenseFragment>;
type Preview = FragmentType<typeof PackagePreviewFragment>;

export type UploadState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'previewing'; readonly fileName: string }
  | { readonly phase: 'previewed'; readonly fileName: string; readonly file: File; readonly preview: Preview }
  | { readonly phase: 'uploading'; readonly fileName: string; readonly progress: number | null }
  | { readonly phase: 'imported'; readonly fileName: string; readonly imported: readonly UploadedLicense[]; readonly skipped: readonly UploadedLicense[] }
  | { readonly phase: 'refused'; readonly fileName: string; readonly message: string; readonly problems: readonly PackageProblem[] }
  | { readonly phase: 'failed'; readonly fileName: string; readonly message: string };

/** Everything an upload can change on screen: the platform's state, the table, the header, the banners. */
const AFTER_UPLOAD: readonly RootField[] = ['platform', 'licenses', 'expiringResources'];

/**
 * SPEC 12: a chosen file is previewed first (what it would import, skip and extend; problems in words);
 * only `confirm` imports it. Then uploads the .lcs package as a GraphQL multipart request, reporting progress (through XMLHttpRequest,
 * see progress-fetch.ts); a refused package keeps every problem the server listed.
 */
export function useUploadLicensePackage() {
  const [mutate] = useMutation(UploadLicensePackageMutation);
  const [previewMutate] = useMutation(PreviewLicensePackageMutation);
  const { run } = useApiAction();
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
    const result = await run(async () => {
      const { data } = await mutate({
        variables: { file },
        context: { fetchOptions },
        ...refetchAfter(AFTER_UPLOAD),
      });
      if (!data) throw new Error('The upload got no answer.');
      return data.uploadLicensePackage;
    });
    abort.current = null;
    if (result.ok) setState({ phase: 'imported', fileName, imported: result.value.imported, skipped: result.value.skipped });
    else if (result.error instanceof DOMException && result.error.name === 'AbortError') setState({ phase: 'idle' });
    else if (apiErrorCode(result.error) === 'LICENSE_PACKAGE_INVALID')
      setState({ phase: 'refused', fileName, message: result.message, problems: packageProblems(result.error) });
    else setState({ phase: 'failed', fileName, message: result.message });
  };

  const choose = async (file: File): Promise<void> => {
    const fileName = file.name;
    setState({ phase: 'previewing', fileName });
    const result = await run(async () => {
      const { data } = await previewMutate({ variables: { file } });
      if (!data) throw new Error('The preview got no answer.');
      return data.previewLicensePackage;
    });
    if (!result.ok) setState({ phase: 'failed', fileName, message: result.message });
    // An invalid package is shown as the refusal its upload would be, with every problem.
    else if (!result.value.valid) setState({ phase: 'refused', fileName, message: 'The package would be refused.', problems: result.value.problems });
    else setState({ phase: 'previewed', fileName, file, preview: result.value });
  };

  return {
    state,
    choose,
    confirm: () => (state.phase === 'previewed' ? upload(state.file) : Promise.resolve()),
    cancel: () => abort.current?.abort(),
    reset: () => setState({ phase: 'idle' }),
  };
}
