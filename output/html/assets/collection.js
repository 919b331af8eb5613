// tei-edition: progressive enhancement of the collection pages. The pages
// are complete without this script (every document is listed, every entity
// indexed); the script adds what needs it: the full-text search and the
// filters of the list, and finding a name in an index. The state is kept in
// the URL (?q=, ?person=…), so that a search or a filter can be linked to.
// It works from file:// as from a server: the search index is a script
// (search-index.js), loaded on the first search, never a fetched file. It
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
  if (search && self.MiniSearch && options) {
    const form = search.querySelector('form');
    const input = document.getElementById('te-search-input');
    const status = document.getElementById('te-search-status');
    const results = document.getElementById('te-search-results');
    const MAX_DOCUMENTS = 50;
    const MAX_PASSAGES = 3;
    let loading;
    let engine;

    /** Loads search-index.js (once) and the MiniSearch index it carries. */
    const load = () => {
      loading ??= new Promise((resolve, reject) => {
        if (self.teCollectionSearch) return resolve(self.teCollectionSearch);
        const script = document.createElement('script');
        script.src = 'search-index.js';
        script.addEventListener('load', () => (self.teCollectionSearch ? resolve(self.teCollectionSearch) : reject(new Error('no index'))));
        script.addEventListener('error', () => reject(new Error('search-index.js could not be loaded')));
        document.head.append(script);
      }).then((data) => {
        engine = self.MiniSearch.loadJS(data.index, { fields: options.fields, tokenize: options.tokenize, processTerm: options.processTerm, searchOptions: options.searchOptions });
        return data;
      });
      return loading;
    };

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

    const render = (query, data, hits) => {
      const byDocument = new Map();
      for (const hit of hits) {
        const [doc] = data.passages[hit.id];
        if (!byDocument.has(doc)) byDocument.set(doc, []);
        byDocument.get(doc).push(hit);
      }
      const list = [];
      for (const [doc, found] of Array.from(byDocument).slice(0, MAX_DOCUMENTS)) {
        const [href, title] = data.documents[doc];
        const item = element('li', 'search-result');
        const heading = element('h3', 'result-title');
        const link = element('a', '', title);
        link.href = href;
        heading.append(link);
        item.append(heading);
        const places = found.filter((hit) => data.passages[hit.id][1] !== '');
        const about = found.find((hit) => data.passages[hit.id][1] === '');
        // The summary (or opening) only when the words were found in it, not merely in the title.
        const summary = about && data.passages[about.id][3] ? snippet(data.passages[about.id][3], about.terms) : null;
        if (summary && summary.querySelector('mark')) item.append(summary);
        if (places.length) {
          const passages = element('ul', 'result-passages');
          for (const hit of places.slice(0, MAX_PASSAGES)) {
            const [, anchor, label, text] = data.passages[hit.id];
            const li = element('li');
            const place = element('a', 'result-place', label || (anchor === 'te-notes' ? 'Notes' : 'Text'));
            place.href = `${href}#${encodeURIComponent(anchor)}`;
            li.append(place, ' ', snippet(text, hit.terms));
            passages.append(li);
          }
          item.append(passages);
          if (places.length > MAX_PASSAGES) item.append(element('p', 'result-more', `and ${plural(places.length - MAX_PASSAGES, 'more passage', 'more passages')}`));
        }
        list.push(item);
      }
      results.replaceChildren(...list);
      const passages = hits.filter((hit) => data.passages[hit.id][1] !== '').length;
      status.textContent = hits.length === 0
        ? `No document has every word of “${query}”.`
        : `${plural(byDocument.size, 'document', 'documents')}, ${plural(passages, 'passage', 'passages')}${byDocument.size > MAX_DOCUMENTS ? ` (the first ${MAX_DOCUMENTS} documents shown)` : ''}.`;
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
      if (!engine) status.textContent = 'Loading the search index…';
      let data;
      try {
        data = await load();
      } catch {
        status.textContent = 'The search index (search-index.js) could not be loaded.';
        return;
      }
      // A later keystroke has its own search: this one is stale.
      if (ticket !== pending) return;
      render(query, data, engine.search(query));
    };

    let timer = 0;
    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, 150);
    });
    input.addEventListener('focus', () => load().catch(() => undefined), { once: true });
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
