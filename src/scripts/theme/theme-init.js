try {
  var t = localStorage.getItem('sourcebook-theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
  // Storage refused (some private modes): the page follows the system theme.
}
