import { I18nProvider, LinguiContext, Trans as LinguiTrans } from '@lingui/react';
import { useContext, type ReactElement } from 'react';
import { i18n, type MessageKey, type MessageValues } from './i18n.js';

interface TransProps {
  readonly id: MessageKey;
  readonly values?: MessageValues;
  /** Elements for the message's `<0>…</0>` tags; each gets the tag's translated text as children. */
  readonly components?: Readonly<Record<string, ReactElement>>;
}

/** A message with elements inside (a link, bold text), typed by key; works with or without a provider. */
export function Trans({ id, values, components }: TransProps) {
  const context = useContext(LinguiContext);
  const message = <LinguiTrans id={id} values={values} components={components} />;
  return context ? message : <I18nProvider i18n={i18n}>{message}</I18nProvider>;
}
