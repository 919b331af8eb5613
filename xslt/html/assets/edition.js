// tei-edition: progressive enhancement of the HTML edition. The page is
// complete without this script; it only adds the view switch.
(() => {
  const body = document.body;
  const params = new URLSearchParams(location.search);
  if (params.get('view') === 'diplomatic') body.dataset.view = 'diplomatic';
})();
