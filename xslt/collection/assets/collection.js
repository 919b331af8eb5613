// tei-edition: progressive enhancement of the collection pages. The pages
// are complete without this script (every document is listed, every entity
// indexed); the script adds what needs it: the full-text search and the
// filters of the list, and finding a name in an index. The state is kept in
// the URL (?q=, ?person=…), so that a search or a filter can be linked to.
// It works from file:// as from a server: the search index is cut into
// scripts (search/), each loaded when a query needs it, never fetched. It
// never inserts markup from strings, so no text of the TEI can run as code.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);

  /** Sets or removes one URL parameter without reloading. */
  const remember = (name, value) => {
    const url = new URL(location.href);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
    try {
      history.replaceState(history.state, '', url.href);
    } catch {
      // Some file:// contexts refuse history changes; the page still works.
    }
  };

  /** Text folded as the search folds it: lower case, without accents. */
  const fold = (text) => String(text).normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC').toLowerCase();

  const element = (name, className, text) => {
    const el = document.createElement(name);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const plural = (n, one, many) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

  // --- Filters of the document list ------------------------------------------
  const filters = document.querySelector('.collection-filters');
  const items = Array.from(document.querySelectorAll('.document-item'));
  const filterStatus = document.getElementById('te-filter-status');
  if (filters) {
    const selects = Array.from(filters.querySelectorAll('select[data-filter]'));
    for (const select of selects) {
      const wanted = params.get(select.name);
      if (wanted && Array.from(select.options).some((o) => o.value === wanted)) select.value = wanted;
    }
    const apply = (store) => {
      const active = selects.filter((s) => s.value !== '');
      let shown = 0;
      for (const item of items) {
        const keep = active.every((s) => (item.dataset[s.dataset.filter] || '').split(' ').includes(s.value));
        item.hidden = !keep;
        if (keep) shown++;
      }
      if (filterStatus) filterStatus.textContent = active.length ? `${plural(shown, 'document', 'documents')} of ${items.length.toLocaleString('en')}` : '';
      if (store) for (const s of selects) remember(s.name, s.value);
    };
    for (const select of selects) select.addEventListener('change', () => apply(true));
    const clear = filters.querySelector('.filter-clear');
    if (clear) {
      clear.addEventListener('click', () => {
        for (const s of selects) s.value = '';
        apply(true);
      });
    }
    filters.hidden = false;
    apply(false);
  }

  // --- Full-text search -------------------------------------------------------
  const search = document.getElementById('te-search');
  const options = self.teSearchOptions;
  if (search && self.teSearchEngine && options) {
    const form = search.querySelector('form');
    const input = document.getElementById('te-search-input');
    const status = document.getElementById('te-search-status');
    const results = document.getElementById('te-search-results');
    const PAGE = 20;
    const MAX_PASSAGES = 3;

    // Each file of search/ is a script that hands its data to teSearchFile; a script, never a fetch, so
    // that the search works from file:// as from a server.
    const arrived = new Map();
    self.teSearchFile = (name, data) => arrived.set(name, data);
    const load = (name) => new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `search/${name}.js`;
      script.addEventListener('load', () => {
        script.remove();
        if (arrived.has(name)) {
          const data = arrived.get(name);
          arrived.delete(name);
          resolve(data);
        } else reject(new Error(`search/${name}.js gave no data`));
      });
      script.addEventListener('error', () => {
        script.remove();
        reject(new Error(`search/${name}.js could not be loaded`));
      });
      document.head.append(script);
    });
    const engine = self.teSearchEngine.create(options, load);

    /** Up to ~200 characters of `text` around the first of `terms`, with every term marked. */
    const snippet = (text, terms) => {
      // Fold character by character, remembering where each folded character came from.
      let folded = '';
      const origin = [];
      for (let i = 0; i < text.length; ) {
        const ch = String.fromCodePoint(text.codePointAt(i));
        const f = fold(ch);
        for (let k = 0; k < f.length; k++) origin.push(i);
        folded += f;
        i += ch.length;
      }
      origin.push(text.length);
      const spans = [];
      for (const term of terms) {
        for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
          // A term matches at the start of a word (prefix search), or anywhere in unspaced scripts.
          const before = folded[at - 1];
          if (before && /[\p{L}\p{N}]/u.test(before) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(term)) continue;
          spans.push([origin[at], origin[at + term.length]]);
        }
      }
      spans.sort((a, b) => a[0] - b[0]);
      const first = spans.length ? spans[0][0] : 0;
      let start = Math.max(0, first - 80);
      let end = Math.min(text.length, start + 200);
      if (start > 0) start = text.indexOf(' ', start) + 1 || start;
      if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
      const out = element('span', 'result-snippet');
      if (start > 0) out.append('…');
      let at = start;
      for (const [from, to] of spans) {
        if (from < at || to > end) continue;
        out.append(text.slice(at, from), element('mark', '', text.slice(from, to)));
        at = to;
      }
      out.append(text.slice(at, end));
      if (end < text.length) out.append('…');
      return out;
    };

    /** The list item of one document found. */
    const resultItem = (found) => {
      const item = element('li', 'search-result');
      const heading = element('h3', 'result-title');
      const link = element('a', '', found.title);
      link.href = found.href;
      heading.append(link);
      item.append(heading);
      // The summary (or opening) only when the words were found in it, not merely in the title or the index's names.
      const summary = found.about && found.about.text ? snippet(found.about.text, found.about.terms) : null;
      if (summary && summary.querySelector('mark')) item.append(summary);
      if (found.passages.length) {
        const passages = element('ul', 'result-passages');
        for (const hit of found.passages) {
          const li = element('li');
          const place = element('a', 'result-place', hit.label || (hit.anchor === 'te-notes' ? 'Notes' : 'Text'));
          // A passage of a long document split into parts links to its part (hit.page).
          place.href = `${hit.page || found.href}#${encodeURIComponent(hit.anchor)}`;
          li.append(place, ' ', snippet(hit.text, hit.terms));
          passages.append(li);
        }
        item.append(passages);
      }
      if (found.more > 0) item.append(element('p', 'result-more', `and ${plural(found.more, 'more passage', 'more passages')}`));
      return item;
    };

    /** The filters of the list narrow the search too. */
    const facets = () => {
      const chosen = {};
      if (filters) for (const s of filters.querySelectorAll('select[data-filter]')) if (s.value) chosen[s.dataset.filter] = s.value;
      return chosen;
    };

    let pending = 0;
    const run = async () => {
      const query = input.value.trim();
      const ticket = ++pending;
      remember('q', query);
      if (query === '') {
        results.replaceChildren();
        status.textContent = '';
        return;
      }
      status.textContent = 'Searching…';
      const stale = () => ticket !== pending;
      try {
        const result = await engine.search(query, facets());
        if (stale()) return;
        let shown = 0;
        let passages = 0;
        const more = element('button', 'result-more-button', 'More results');
        more.type = 'button';
        const say = (next) => {
          if (result.documents.length === 0 || (shown === 0 && next === null)) {
            status.textContent = `No document has every word of “${query}”.`;
          } else if (result.phrases.length) {
            // A phrase is checked on the text of each page of results: the count grows as pages are shown.
            status.textContent = `${plural(shown, 'document', 'documents')}, ${plural(passages, 'passage', 'passages')}${next === null ? '' : ' so far'}.`;
          } else {
            status.textContent = `${plural(result.documents.length, 'document', 'documents')}, ${plural(result.passages, 'passage', 'passages')}${next === null ? '' : ` (the first ${shown.toLocaleString('en')} documents shown)`}.`;
          }
        };
        const showFrom = async (from) => {
          const { items, next } = await engine.page(result, from, PAGE, MAX_PASSAGES);
          if (stale()) return;
          shown += items.length;
          for (const found of items) passages += found.passages.length + found.more;
          results.append(...items.map(resultItem));
          more.remove();
          if (next !== null) {
            more.onclick = () => showFrom(next).catch(failed);
            results.after(more);
          }
          say(next);
        };
        const failed = () => {
          if (!stale()) status.textContent = 'The search index (search/) could not be loaded.';
        };
        results.replaceChildren();
        search.querySelector('.result-more-button')?.remove();
        await showFrom(0);
      } catch {
        if (!stale()) status.textContent = 'The search index (search/) could not be loaded.';
      }
    };

    let timer = 0;
    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, 150);
    });
    if (filters) filters.addEventListener('change', () => {
      if (input.value.trim()) run();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(timer);
      run();
    });
    search.hidden = false;
    const initial = params.get('q');
    if (initial) {
      input.value = initial;
      run();
    }
  }

  // --- Finding a name in an index page ----------------------------------------
  const find = document.querySelector('.entity-find');
  if (find) {
    const input = document.getElementById('te-find');
    const status = document.getElementById('te-find-status');
    const entries = Array.from(document.querySelectorAll('.index-entry')).map((entry) => ({ entry, names: fold(entry.dataset.names || entry.textContent) }));
    const groups = Array.from(document.querySelectorAll('.initial-group'));
    const apply = () => {
      const query = fold(input.value.trim());
      let shown = 0;
      for (const { entry, names } of entries) {
        entry.hidden = query !== '' && !names.includes(query);
        if (!entry.hidden) shown++;
      }
      for (const group of groups) group.hidden = !group.querySelector('.index-entry:not([hidden])');
      status.textContent = query ? `${shown.toLocaleString('en')} of ${entries.length.toLocaleString('en')}` : '';
    };
    input.addEventListener('input', apply);
    find.hidden = false;
  }
})();
