// tei-edition: the collection's search engine, over the sharded index the
// build writes in search/ (src/collection/build-search-index.ts). It loads
// only what a query needs: the shard of each word (all the words a prefix of
// three letters or more begins are in one shard, unless the build cut a
// common prefix by its next letters: meta.js lists the shards that exist, so
// that no absent file is ever asked for), the shard of each facet, and, for
// the page of results shown, the documents' titles and the parts of their
// text that hold the passages found (of a long passage, the piece that holds
// the words). How files are loaded is the
// page's affair (`load(name)` resolves to a file's data), so that the same
// engine runs in the page and in the tests.
(function (root) {
  'use strict';

  /** The records of a shard term, decoded: [document, record, pieces (of a passage cut into pieces) or null], in order. */
  function decode(flat) {
    var out = [];
    var d = -1;
    for (var i = 0; i < flat.length; ) {
      d += flat[i++];
      var n = flat[i++];
      var r = -1;
      for (var k = 0; k < n; k++) {
        var v = flat[i++];
        r += v >> 1;
        var pieces = null;
        if (v & 1) {
          pieces = ungap(flat.slice(i + 1, i + 1 + flat[i]));
          i += 1 + flat[i];
        }
        out.push([d, r, pieces]);
      }
    }
    return out;
  }

  /** The word shards meta.js lists (SearchMeta.shards): sorted keys, their chunks, and the prefixes cut by their next letter. */
  function shardList(coded) {
    var keys = [];
    var chunks = new Map();
    var split = new Set();
    var previous = '';
    String(coded || '').split(' ').forEach(function (item) {
      if (item === '') return;
      var star = item.indexOf('*');
      var key = previous.slice(0, parseInt(item.charAt(0), 36)) + item.slice(1, star === -1 ? item.length : star);
      keys.push(key);
      chunks.set(key, star === -1 ? 1 : Number(item.slice(star + 1)));
      var chars = Array.from(key);
      for (var k = 3; k < chars.length; k++) split.add(chars.slice(0, k).join(''));
      previous = key;
    });
    return { keys: keys, rows: keys.map(function (k) { return [k]; }), chunks: chunks, split: split };
  }

  /** Numbers from their gaps (the first from -1). */
  function ungap(gaps) {
    var out = [];
    var n = -1;
    for (var i = 0; i < gaps.length; i++) out.push((n += gaps[i]));
    return out;
  }

  /** The index of the first term of a sorted shard that is not below `term`. */
  function lowerBound(shard, term) {
    var lo = 0;
    var hi = shard.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (shard[mid][0] < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  var KEY = 1048576; // records of a document are numbered below 2^20
  var QUOTES = /"([^"]*)"|“([^”]*)”|«([^»]*)»|„([^“”]*)[“”]/g;
  var YEARS = /(?:^|\s)years?:(-?\d{1,4})(?:(?:\.\.|[-–])(-?\d{1,4}))?(?=\s|$)/gi;
  var MAX_YEARS = 500;

  /**
   * Makes an engine. `options` is teSearchOptions (search-options.js);
   * `load(name)` resolves to the data of the file search/NAME.js, and
   * rejects when it is absent.
   */
  function create(options, load) {
    var files = new Map();
    var get = function (name) {
      if (!files.has(name)) {
        files.set(name, Promise.resolve().then(function () { return load(name); }).catch(function (e) {
          files.delete(name);
          throw e;
        }));
      }
      return files.get(name);
    };
    var meta = function () { return get('meta'); };
    var listed = null;
    var shards = function () {
      return meta().then(function (m) { return listed || (listed = shardList(m.shards)); });
    };
    /** A shard, its chunks joined (the chunks of a word's postings follow each other). */
    var loadShard = function (name, count) {
      var names = [name];
      for (var i = 1; i < count; i++) names.push(name + '.' + i);
      return Promise.all(names.map(function (n) { return get('terms/' + n); })).then(function (lists) { return [].concat.apply([], lists); });
    };
    /** The shards that hold a term (with `prefix`, and the words it begins): only shards that exist. */
    var shardsOf = function (term, prefix) {
      return shards().then(function (s) {
        var key = options.keyOf(term, s.split);
        var keys = [];
        if (prefix && key === term + '$') {
          // A prefix cut by its next letters: the words it begins are in every shard whose key begins with it.
          for (var i = lowerBound(s.rows, term); i < s.keys.length && s.keys[i].lastIndexOf(term, 0) === 0; i++) keys.push(s.keys[i]);
        } else if (s.chunks.has(key)) keys.push(key);
        return Promise.all(keys.map(function (k) { return loadShard(options.hexName(k), s.chunks.get(k)); }));
      });
    };
    /** A facet's shard (its values come from the documents, so it exists). */
    var facetShard = function (term) { return get('terms/' + options.shardOf(term)); };

    var fold = function (text) {
      var out = [];
      var words = options.tokenize(text);
      for (var i = 0; i < words.length; i++) {
        var t = options.processTerm(words[i]);
        if (t !== null) out.push(t);
      }
      return out;
    };

    /** A query, read: its words and phrases (groups of terms), and its range of years, if any. */
    function parse(query) {
      var groups = [];
      var years = null;
      var rest = String(query).replace(YEARS, function (all, from, to) {
        var a = Number(from);
        var b = to === undefined ? a : Number(to);
        years = [Math.min(a, b), Math.max(a, b)];
        return ' ';
      });
      rest = rest.replace(QUOTES, function () {
        var text = arguments[1] || arguments[2] || arguments[3] || arguments[4] || '';
        var terms = fold(text);
        if (terms.length === 1) groups.push({ terms: [{ term: terms[0], prefix: false }], phrase: null });
        else if (terms.length > 1) groups.push({ terms: terms.map(function (t) { return { term: t, prefix: false }; }), phrase: terms });
        return ' ';
      });
      var words = fold(rest);
      for (var i = 0; i < words.length; i++) {
        groups.push({ terms: [{ term: words[i], prefix: Array.from(words[i]).length >= options.prefixFrom }], phrase: null });
      }
      return { groups: groups, years: years };
    }

    /** The records that have a term (or, for a prefix, a word it begins): key -> { score, terms, pieces }. */
    function records(q, m) {
      return shardsOf(q.term, q.prefix).then(function (lists) {
        // The words found, each with its records and titles (a word in chunks: the chunks' together).
        var words = new Map();
        lists.forEach(function (terms) {
          for (var i = lowerBound(terms, q.term); i < terms.length; i++) {
            var entry = terms[i];
            if (entry[0] !== q.term && !(q.prefix && entry[0].lastIndexOf(q.term, 0) === 0)) break;
            var word = words.get(entry[0]);
            if (!word) words.set(entry[0], (word = { pairs: [], titles: new Set() }));
            word.pairs.push.apply(word.pairs, decode(entry[1]));
            ungap(entry[2]).forEach(function (d) { word.titles.add(d); });
          }
        });
        var found = new Map();
        words.forEach(function (word, term) {
          var pairs = word.pairs;
          // Rare words weigh more; a longer word a prefix finds, less than the word itself.
          var weight = Math.log(1 + m.records / pairs.length) * (term === q.term ? 1 : 0.5);
          for (var k = 0; k < pairs.length; k++) {
            var key = pairs[k][0] * KEY + pairs[k][1];
            var score = weight * (pairs[k][1] === 0 && word.titles.has(pairs[k][0]) ? options.titleBoost : 1);
            var hit = found.get(key);
            if (!hit) found.set(key, (hit = { score: 0, terms: [], pieces: null }));
            hit.score = Math.max(hit.score, score);
            hit.terms.push(term);
            if (pairs[k][2]) hit.pieces = union(hit.pieces, pairs[k][2]);
          }
        });
        return found;
      });
    }

    /** The pieces in either list (sorted, without repeats). */
    function union(a, b) {
      if (!a) return b && b.slice();
      if (!b) return a.slice();
      return Array.from(new Set(a.concat(b))).sort(function (x, y) { return x - y; });
    }

    /**
     * The pieces of a long passage to show, best first: those that hold the words of the most groups of the
     * query (the first word of a phrase counts: the phrase begins there), then in order.
     */
    function bestPieces(lists) {
      var count = new Map();
      lists.forEach(function (list) { (list || []).forEach(function (p) { count.set(p, (count.get(p) || 0) + 1); }); });
      return Array.from(count.keys()).sort(function (a, b) { return count.get(b) - count.get(a) || a - b; });
    }

    /** The documents that have every facet term of one of `alternatives` lists (facets: name -> value; years). */
    function facetDocuments(facets, years) {
      var required = [];
      Object.keys(facets || {}).sort().forEach(function (name) {
        if (facets[name]) required.push(['~' + name + ':' + facets[name]]);
      });
      if (years) {
        var span = [];
        for (var y = years[0]; y <= Math.min(years[1], years[0] + MAX_YEARS); y++) span.push('~year:' + y);
        required.push(span);
      }
      if (required.length === 0) return Promise.resolve(null);
      return Promise.all(required.map(function (alternatives) {
        return Promise.all(alternatives.map(function (term) {
          return facetShard(term).then(function (terms) {
            var i = lowerBound(terms, term);
            return i < terms.length && terms[i][0] === term ? decode(terms[i][1]).map(function (p) { return p[0]; }) : [];
          });
        })).then(function (lists) { return new Set([].concat.apply([], lists)); });
      })).then(function (sets) {
        return sets.reduce(function (a, b) { return new Set(Array.from(a).filter(function (d) { return b.has(d); })); });
      });
    }

    /**
     * Searches: every word (or phrase) must occur in one record (a passage,
     * or the document's title and what is said about it); `facets` narrows
     * to documents with a person, place, organisation or keyword. Resolves to
     * { documents: [{ doc, score, records: [{ record, terms }] }] (best
     * first), passages (records found other than the documents' own), phrases
     * (to be checked on the text, by `page`) }.
     */
    function search(query, facets) {
      var parsed = parse(query);
      if (parsed.groups.length === 0) return Promise.resolve({ documents: [], passages: 0, phrases: [] });
      return meta().then(function (m) {
        return Promise.all([
          Promise.all(parsed.groups.map(function (g) {
            return Promise.all(g.terms.map(function (q) { return records(q, m); })).then(function (maps) {
              // A phrase's words must all be in the record (their order is checked on the text, from the pieces of its first word).
              return maps.reduce(function (a, b) {
                var both = new Map();
                a.forEach(function (hit, key) {
                  var other = b.get(key);
                  if (other) both.set(key, { score: hit.score + other.score, terms: hit.terms.concat(other.terms), pieces: hit.pieces });
                });
                return both;
              });
            });
          })),
          facetDocuments(facets, parsed.years),
        ]);
      }).then(function (all) {
        var maps = all[0].slice().sort(function (a, b) { return a.size - b.size; });
        var allowed = all[1];
        var byDocument = new Map();
        var passages = 0;
        maps[0].forEach(function (hit, key) {
          var doc = Math.floor(key / KEY);
          if (allowed && !allowed.has(doc)) return;
          var score = hit.score;
          var terms = hit.terms.slice();
          var pieces = [hit.pieces];
          for (var i = 1; i < maps.length; i++) {
            var other = maps[i].get(key);
            if (!other) return;
            score += other.score;
            terms.push.apply(terms, other.terms);
            pieces.push(other.pieces);
          }
          var entry = byDocument.get(doc);
          if (!entry) byDocument.set(doc, (entry = { doc: doc, score: 0, records: [] }));
          entry.score = Math.max(entry.score, score);
          entry.records.push({ record: key % KEY, terms: Array.from(new Set(terms)), pieces: hit.pieces ? bestPieces(pieces) : null });
          if (key % KEY !== 0) passages++;
        });
        var documents = Array.from(byDocument.values());
        documents.forEach(function (d) { d.records.sort(function (a, b) { return a.record - b.record; }); });
        documents.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        return {
          documents: documents,
          passages: passages,
          phrases: parsed.groups.filter(function (g) { return g.phrase; }).map(function (g) { return g.phrase; }),
        };
      });
    }

    /** True when the folded words of `text` have every phrase, its words in order and side by side. */
    function hasPhrases(text, phrases) {
      var words = fold(text);
      return phrases.every(function (phrase) {
        outer: for (var i = 0; i + phrase.length <= words.length; i++) {
          for (var k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
          return true;
        }
        return false;
      });
    }

    /** The [href, title, parts] of a document. */
    function info(doc) {
      return meta().then(function (m) {
        return get('docs/' + Math.floor(doc / m.block)).then(function (block) { return block[doc % m.block]; });
      });
    }

    /**
     * The [anchor, label, text, page?] of a record, or of piece `piece` of a passage cut into pieces (page: the
     * part of a split document that holds it, relative to html/).
     */
    function passage(doc, record, parts, piece) {
      var part = 0;
      while (part + 1 < parts.length && parts[part + 1] <= record) part++;
      if (piece === undefined || piece === null) return get('text/' + doc + '-' + part).then(function (list) { return list[record - parts[part]]; });
      while (part > 0 && parts[part - 1] === record) part--;
      return get('text/' + doc + '-' + (part + piece)).then(function (list) { return list[0]; });
    }

    /**
     * The record to show: of a passage cut into pieces, its best piece, or with phrases the first piece where
     * they stand (a phrase may run on into the next piece); null when no piece has them.
     */
    function shownRecord(doc, r, parts, phrases) {
      if (!r.pieces) return passage(doc, r.record, parts);
      if (!phrases.length) return passage(doc, r.record, parts, r.pieces[0]);
      var count = parts.filter(function (p) { return p === r.record; }).length;
      var candidates = r.pieces.slice().sort(function (a, b) { return a - b; });
      var next = function (i) {
        if (i >= candidates.length) return Promise.resolve(null);
        var p = candidates[i];
        return Promise.all([passage(doc, r.record, parts, p), p + 1 < count ? passage(doc, r.record, parts, p + 1) : null]).then(function (two) {
          return hasPhrases(two[0][2] + (two[1] ? two[1][2] : ''), phrases) ? two[0] : next(i + 1);
        });
      };
      return next(0);
    }

    /**
     * A page of results: from `result.documents[from]` on, up to `count`
     * documents, each with its page, title, the text of its own record when
     * found there, and its first `passages` passages. A phrase is checked on
     * the text here: documents where no record has it are passed over.
     * Resolves to { items: [{ doc, href, title, about, passages: [{ anchor,
     * label, text, page, terms }], more }], next } (next: where the following page
     * starts, or null at the end).
     */
    function page(result, from, count, passages) {
      var items = [];
      var at = from;
      /** The item of one document found, or null when a phrase is in none of its records. */
      var prepare = function (found) {
        return info(found.doc).then(function (doc) {
          var shown = 0;
          var wanted = result.phrases.length ? found.records : found.records.filter(function (r) { return r.record === 0 || shown++ < passages; });
          return Promise.all(wanted.map(function (r) {
            return shownRecord(found.doc, r, doc[2], result.phrases).then(function (p) {
              // The document's own record is found by more than its summary (names, keywords): a phrase is checked on what is shown.
              if (!p || (result.phrases.length && !r.pieces && !hasPhrases(r.record === 0 ? doc[1] + ' ' + p[2] : p[2], result.phrases))) return null;
              return { record: r.record, anchor: p[0], label: p[1], text: p[2], page: p[3], terms: r.terms };
            });
          })).then(function (list) {
            var kept = list.filter(Boolean);
            if (kept.length === 0) return null;
            var places = kept.filter(function (p) { return p.record !== 0; });
            var all = result.phrases.length ? places.length : found.records.filter(function (r) { return r.record !== 0; }).length;
            return { doc: found.doc, href: doc[0], title: doc[1], about: kept[0].record === 0 ? kept[0] : null, passages: places.slice(0, passages), more: all - Math.min(passages, places.length) };
          });
        });
      };
      // The documents of a page load side by side; with a phrase, further documents until the page is full.
      var step = function () {
        if (items.length >= count || at >= result.documents.length) return Promise.resolve({ items: items, next: at < result.documents.length ? at : null });
        var batch = result.documents.slice(at, at + count - items.length);
        at += batch.length;
        return Promise.all(batch.map(prepare)).then(function (list) {
          items.push.apply(items, list.filter(Boolean));
          return step();
        });
      };
      return step();
    }

    return { parse: parse, search: search, page: page, meta: meta };
  }

  root.teSearchEngine = { create: create };
})(typeof self !== 'undefined' ? self : globalThis);
