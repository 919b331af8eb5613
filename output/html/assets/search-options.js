// tei-edition: how the collection's search cuts text into words. The build
// indexes with this file and the page searches with it (the build runs it in
// a sandbox; the page loads it as a script), so that both always agree.
// Words are runs of letters, digits and marks; a character of a script
// written without spaces (Chinese, Japanese kana) is a word of its own, so
// that a query in such a script finds its characters wherever they stand.
// Terms are compared without case and without accents.
(function (root) {
  'use strict';
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  var UNSPACED_RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

  /** The words of a text, as written. */
  function tokenize(text) {
    var words = String(text).match(WORD) || [];
    var tokens = [];
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      if (!UNSPACED.test(word)) tokens.push(word);
      else tokens.push.apply(tokens, word.match(UNSPACED_RUNS));
    }
    return tokens;
  }

  /** A term folded for comparison (lower case, accents and other combining marks removed), or null for none. */
  function processTerm(term) {
    var folded = String(term).normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC').toLowerCase();
    return folded === '' ? null : folded;
  }

  root.teSearchOptions = {
    version: 1,
    fields: ['title', 'text'],
    tokenize: tokenize,
    processTerm: processTerm,
    searchOptions: {
      boost: { title: 3 },
      combineWith: 'AND',
      // Prefixes from three letters ("Kore" finds "Korea"), small misspellings from six.
      prefix: function (term) { return term.length >= 3; },
      fuzzy: function (term) { return term.length >= 6 ? 0.2 : false; },
    },
  };
})(typeof self !== 'undefined' ? self : globalThis);
