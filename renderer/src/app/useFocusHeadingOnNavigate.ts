/**
 * After a move to another page, focus goes to the new page's title (its h1), so a screen reader
 * reads where the user arrived and the next Tab starts from the top of the page rather than from
 * the link that was followed. Switching tabs or filters replaces the address without leaving the
 * page: focus stays on the tab. The app's first screen is left alone.
 */
import { type RefObject, useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** How long a page may take to draw its title (its data loading) before we stop waiting for it. */
const WAIT_FOR_TITLE_MS = 3_000;

export function useFocusHeadingOnNavigate(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (pathname === firstPath.current || navigationType === 'REPLACE') return;
    firstPath.current = '';
    let frame = 0;
    const giveUpAt = performance.now() + WAIT_FOR_TITLE_MS;
    const focusTitle = () => {
      const title = main.current?.querySelector('h1');
      if (!title) {
        if (performance.now() < giveUpAt) frame = requestAnimationFrame(focusTitle);
        return;
      }
      // Focusable by script only: a title is not a stop of the Tab key.
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    };
    focusTitle();
    return () => cancelAnimationFrame(frame);
  }, [pathname, navigationType, main]);
}
