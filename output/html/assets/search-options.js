// tei-edition: how the collection's search cuts text into words. The build
// indexes with this file and the page searches with it (the build runs it in
// a sandbox; the page loads it as a script), so that both always agree.
// Words are runs of letters, digits and marks; a character of a script
// written without spaces (Chinese, Japanese kana) is a word of its own, so
// that a query in such a script finds its characters wherever they stand.
// Terms are compared without case and without accents. The index is cut
// into shards by term (shardOf): the build writes each shard as a script and
// the page loads only the shards of the words it looks for.
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

  /** 32-bit FNV-1a of a string's UTF-16 units, in hex (8 digits). */
  function hash(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return ('0000000' + h.toString(16)).slice(-8);
  }

  /** A shard key (a prefix, or a word and "$") as a file name: its code points in hex, safe on every file system, case-insensitive ones too. */
  function hexName(key) {
    return Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join('-');
  }

  /**
   * The key of the shard that holds a folded term: the first three
   * characters of a word, so that all the words a prefix of three letters or
   * more begins are in one shard; but a prefix the build found too common
   * (in `split`, a Set) is cut by the next character, and the word that is
   * the prefix itself goes to "prefix$". A facet term ("~person:te-moscow")
   * has a shard of its own, named by a hash; the years are one shard.
   */
  function keyOf(term, split) {
    if (term.charAt(0) === '~') return term.lastIndexOf('~year:', 0) === 0 ? '~year' : '~' + hash(term);
    var chars = Array.from(term);
    var k = Math.min(3, chars.length);
    while (split && k < chars.length && split.has(chars.slice(0, k).join(''))) k++;
    var key = chars.slice(0, k).join('');
    return split && k >= 3 && k === chars.length && split.has(key) ? key + '$' : key;
  }

  /** The file name (in search/terms/) of the shard that holds a folded term (`split`: see keyOf). */
  function shardOf(term, split) {
    var key = keyOf(term, split);
    return key.charAt(0) === '~' ? 'f-' + key.slice(1) : hexName(key);
  }

  root.teSearchOptions = {
    version: 3,
    shardOf: shardOf,
    keyOf: keyOf,
    hexName: hexName,
    /** Prefix search from this many letters ("Kore" finds "Korea"). */
    prefixFrom: 3,
    /** A word found in a document's title counts this many times. */
    titleBoost: 3,
    tokenize: tokenize,
    processTerm: processTerm,
  };
})(typeof self !== 'undefined' ? self : globalThis);
