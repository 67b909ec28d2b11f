import { useId, useState, type DragEvent } from 'react';
import { PackagePreviewView } from './package-preview.js';
import { UploadResultView } from './upload-result.js';
import { useUpload } from './upload-context.js';
import { useT } from '../i18n/use-t.js';

/** Drop a .lcs file here or pick one; shows progress, then what the upload did. */
export function UploadPanel() {
  const t = useT();
  const inputId = useId();
  const { state, choose, confirm, cancel, reset } = useUpload();
  const [dragging, setDragging] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const busy = state.phase === 'uploading' || state.phase === 'previewing';

  const start = (files: FileList | null) => {
    const file = files?.[0];
    if (!file || busy) return;
    setHint(files.length > 1 ? t('upload.oneAtATime', { file: file.name }) : null);
    void choose(file);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    start(event.dataTransfer.files);
  };

  return (
    <section className="card upload" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('upload.title')}</h2>
      <div
        className={`dropzone${dragging ? ' dropzone--active' : ''}${busy ? ' dropzone--busy' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('upload.drop')}</p>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".lcs,application/json"
          disabled={busy}
          onChange={(e) => {
            start(e.currentTarget.files);
            // Picking the same file again must upload it again.
            e.currentTarget.value = '';
          }}
        />
        <label htmlFor={inputId} className="button button--primary file-button">
          {t('upload.choose')}
        </label>
      </div>
      {hint && <p className="muted">{hint}</p>}
      {state.phase === 'previewing' && <p role="status">{t('upload.previewing', { file: state.fileName })}</p>}
      {state.phase === 'previewed' && (
        <div className="upload__preview">
          <PackagePreviewView fileName={state.fileName} preview={state.preview} />
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => void confirm()}>
              {t('upload.import')}
            </button>
            <button type="button" className="button" onClick={reset}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {state.phase === 'uploading' && (
        <div className="upload__progress">
          <label htmlFor={`${inputId}-progress`}>
            {state.progress !== null
              ? t('upload.progress', { file: state.fileName, percent: Math.round(state.progress * 100) / 100 })
              : t('upload.progressUnknown', { file: state.fileName })}
            {state.progress === 1 ? ` ${t('upload.checking')}` : ''}
          </label>
          <progress id={`${inputId}-progress`} max={1} value={state.progress ?? undefined} />
          <button type="button" className="button button--small" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {state.phase === 'imported' && (
        <UploadResultView fileName={state.fileName} outcome={{ kind: 'imported', imported: state.imported, skipped: state.skipped }} />
      )}
      {state.phase === 'refused' && (
        <UploadResultView fileName={state.fileName} outcome={{ kind: 'refused', message: state.message, problems: state.problems }} />
      )}
      {state.phase === 'failed' && (
        <p className="notice notice--error" role="alert">
          {t('upload.failed', { file: state.fileName, reason: state.message })}
        </p>
      )}
      {(state.phase === 'imported' || state.phase === 'refused' || state.phase === 'failed') && (
        <button type="button" className="button button--small" onClick={reset}>
          {t('upload.clear')}
        </button>
      )}
    </section>
  );
}
