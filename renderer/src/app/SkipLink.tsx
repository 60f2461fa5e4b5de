/**
 * The first stop of the Tab key: "Saltar al contenido" takes keyboard users past the header and the
 * sections' menu straight to the page. Hidden until it has focus (app/global.css). The address is a
 * route (#/...), so the link moves focus itself instead of following an in-page anchor.
 */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export function SkipLink({ target }: { target: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#"
      onClick={(event) => {
        event.preventDefault();
        target.current?.focus();
      }}
    >
      {t('shell.skipToContent')}
    </a>
  );
}
