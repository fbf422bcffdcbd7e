// Classic script the permalink guard adds to a page whose old anchors moved to another page, and
// to the redirect page left where a page used to be (src/integrations/permalink-guard.ts).
// data-aliases: old id → new address; data-page: where the whole page went (its anchors follow).
(() => {
  const script = document.currentScript;
  const aliases = JSON.parse(script.dataset.aliases || '{}');
  const page = script.dataset.page;
  const follow = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const to = (id && aliases[id]) || (page ? page + location.hash : undefined);
    if (to) location.replace(to);
  };
  follow();
  addEventListener('hashchange', follow);
})();
