// tei-edition: progressive enhancement of the HTML edition. The page is
// complete without this script (the view control works through CSS alone);
// the script adds what needs it: the view remembered in the URL (?view=),
// per-speaker highlighting, note popovers and copying the citation. It reads
// the page only through classes and data attributes written by the XSLT and
// never inserts markup from strings, so no text of the TEI can run as code.
(() => {
  'use strict';
  const root = document.documentElement;

  // --- Reading / diplomatic view, remembered in the URL -------------------
  const radios = Array.from(document.querySelectorAll('input[name="te-view"]'));
  const setView = (view, remember) => {
    const value = view === 'diplomatic' ? 'diplomatic' : 'reading';
    root.dataset.view = value;
    for (const radio of radios) radio.checked = radio.value === value;
    if (!remember) return;
    const url = new URL(location.href);
    if (value === 'diplomatic') url.searchParams.set('view', 'diplomatic');
    else url.searchParams.delete('view');
    try {
      history.replaceState(history.state, '', url.href);
    } catch {
      // Some file:// contexts refuse history changes; the view still switches.
    }
  };
  if (radios.length > 0) {
    setView(new URLSearchParams(location.search).get('view'), false);
    for (const radio of radios) radio.addEventListener('change', () => radio.checked && setView(radio.value, true));
  }

  // --- Per-speaker highlighting ---------------------------------------------
  const speakerControl = document.querySelector('.speaker-control');
  if (speakerControl) {
    speakerControl.hidden = false;
    const boxes = Array.from(speakerControl.querySelectorAll('input[name="te-speaker"]'));
    const turns = Array.from(document.querySelectorAll('.speech[data-who]'));
    const update = () => {
      const hues = new Map(boxes.filter((b) => b.checked).map((b) => [b.value, b.dataset.hue]));
      for (const turn of turns) {
        for (const cls of Array.from(turn.classList)) if (cls.startsWith('hl-')) turn.classList.remove(cls);
        const hue = hues.get(turn.dataset.who);
        if (hue !== undefined) turn.classList.add(`hl-${hue}`);
      }
    };
    for (const box of boxes) box.addEventListener('change', update);
    update();
  }

  // --- Note popovers: a note's (or an apparatus entry's) text near its reference, on hover and focus --
  const popover = document.createElement('div');
  popover.className = 'note-popover';
  popover.id = 'te-note-popover';
  popover.setAttribute('role', 'tooltip');
  popover.hidden = true;
  // Inside the main landmark, so that all content of the page is in a landmark while a popover shows.
  (document.querySelector('main') ?? document.body).append(popover);
  let current = null;
  let hideTimer = 0;

  /** A copy of the note's text, without ids, links back or tab stops. */
  const noteCopy = (note) => {
    const copy = note.cloneNode(true);
    for (const el of copy.querySelectorAll('.note-back, .app-back')) el.remove();
    for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
    for (const el of copy.querySelectorAll('a, [tabindex]')) el.setAttribute('tabindex', '-1');
    return Array.from(copy.childNodes);
  };

  const show = (ref) => {
    const note = document.getElementById(ref.dataset.note || '');
    if (!note) return;
    window.clearTimeout(hideTimer);
    current = ref;
    popover.replaceChildren(...noteCopy(note));
    popover.hidden = false;
    ref.setAttribute('aria-describedby', popover.id);
    const box = ref.getBoundingClientRect();
    const width = popover.offsetWidth;
    const left = Math.max(8, Math.min(window.scrollX + box.left - width / 2, window.scrollX + document.documentElement.clientWidth - width - 8));
    // Page coordinates, less those of the box the popover is placed in (the main landmark, if positioned).
    const parent = popover.offsetParent;
    const origin = parent && parent !== document.body ? parent.getBoundingClientRect() : null;
    popover.style.left = `${left - (origin ? window.scrollX + origin.left : 0)}px`;
    popover.style.top = `${window.scrollY + box.bottom + 6 - (origin ? window.scrollY + origin.top : 0)}px`;
  };
  const hide = () => {
    if (current) current.removeAttribute('aria-describedby');
    current = null;
    popover.hidden = true;
  };
  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 200);
  };
  for (const ref of document.querySelectorAll('a.note-ref[data-note], a.app-ref[data-note]')) {
    ref.addEventListener('mouseenter', () => show(ref));
    ref.addEventListener('focus', () => show(ref));
    ref.addEventListener('mouseleave', hideSoon);
    ref.addEventListener('blur', hideSoon);
    ref.addEventListener('click', hide);
  }
  popover.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  popover.addEventListener('mouseleave', hideSoon);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popover.hidden) hide();
  });

  // --- Copy the citation ------------------------------------------------------
  for (const button of document.querySelectorAll('button.copy-citation[data-copy]')) {
    const source = document.getElementById(button.dataset.copy || '');
    if (!source) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = source.textContent.trim();
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = 'Copied';
      } catch {
        // No clipboard (e.g. a file:// page): select the text for the reader to copy.
        const range = document.createRange();
        range.selectNodeContents(source);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        button.textContent = 'Selected: press Ctrl+C';
      }
    });
  }
})();
